package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.organization.GroupIds;
import vn.chibo.support.Http;

/** Each hardening measure of the engine and the web layer; every test fails if its measure goes. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:foundation;DB_CLOSE_DELAY=-1")
class HardeningTest {

  private static final String[] ADMIN = basic("admin", DEMO_PASSWORD);
  private static final String[] SECRETARY = basic("annv", DEMO_PASSWORD);

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void weakPasswordsAreRefused() {
    var user = identityService.newUser("yeumatkhau");
    user.setPassword("123456");
    assertThatThrownBy(() -> identityService.saveUser(user))
        .isInstanceOf(ProcessEngineException.class);
    var response =
        http.postJson(
            "/engine-rest/user/create",
            "{\"profile\":{\"id\":\"yeumatkhau\",\"firstName\":\"Yếu\",\"lastName\":\"Mật khẩu\"},"
                + "\"credentials\":{\"password\":\"abc\"}}",
            ADMIN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(identityService.createUserQuery().userId("yeumatkhau").count()).isZero();
  }

  @Test
  void theAdministratorsGroupKeepsItsLastDirectMember() {
    assertThat(identityService.createUserQuery().memberOfGroup(GroupIds.ADMINS).list())
        .extracting("id")
        .containsExactly("admin");
    var removeMembership =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/engine-rest/group/camunda-admin/members/admin"))
                .DELETE(),
            ADMIN);
    assertThat(removeMembership.statusCode()).isEqualTo(400);
    var deleteUser =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/engine-rest/user/admin"))
                .DELETE(),
            ADMIN);
    assertThat(deleteUser.statusCode()).isEqualTo(400);
    assertThatThrownBy(() -> identityService.deleteGroup(GroupIds.ADMINS))
        .hasMessageContaining("camunda-admin");
    assertThat(identityService.createUserQuery().memberOfGroup(GroupIds.ADMINS).count())
        .isEqualTo(1);
  }

  @Test
  void theSetupEndpointIsClosedOnceUsersExist() {
    var admin = http.login("admin", DEMO_PASSWORD);
    var response =
        http.post(
            "/camunda/api/admin/setup/default/user/create",
            "application/json",
            "{\"profile\":{\"id\":\"ke\"},\"credentials\":{\"password\":\"Abcdef12!@#x\"}}",
            "Cookie",
            admin.cookie());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(admin.get("/camunda/app/admin/default/setup/").statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("ke").count()).isZero();
  }

  @Test
  void expressionsInsideOrQueriesAreRejected() {
    var rejected =
        http.postJson(
            "/engine-rest/task",
            "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}",
            SECRETARY);
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(rejected.body()).contains("assigneeExpression");

    var nested =
        http.postJson(
            "/engine-rest/filter/any/list",
            "{\"orQueries\":[{\"candidateGroupsExpression\":\"${x}\"}]}",
            SECRETARY);
    assertThat(nested.statusCode()).isEqualTo(400);

    var plain =
        http.postJson("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"annv\"}]}", SECRETARY);
    assertThat(plain.statusCode()).isEqualTo(200);
  }

  @Test
  void adHocQueryExpressionsAreOff() {
    var response =
        http.get(
            "/engine-rest/task?assigneeExpression="
                + java.net.URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8),
            SECRETARY);
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAdministratorsMayDeploy() {
    String boundary = "chiboBoundary";
    String bpmn =
        "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
            + "<process id=\"SneakyProcess\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
            + "<startEvent id=\"StartEvent_S\"/></process></definitions>";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sneaky.bpmn\"\r\n"
            + "Content-Type: application/xml\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    String contentType = "multipart/form-data; boundary=" + boundary;

    var bySecretary = http.post("/engine-rest/deployment/create", contentType, body, SECRETARY);
    assertThat(bySecretary.statusCode()).isEqualTo(403);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("SneakyProcess")
                .count())
        .isZero();

    var byAdmin = http.post("/engine-rest/deployment/create", contentType, body, ADMIN);
    assertThat(byAdmin.statusCode()).isEqualTo(200);
    repositoryService
        .createDeploymentQuery()
        .deploymentName("sneaky")
        .list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    long before = runtimeService.createProcessInstanceQuery().count();
    var response =
        http.postJson(
            "/engine-rest/process-definition/key/DeploymentProbeProcess/start",
            "{\"variables\":{\"probeGroup\":{\"value\":\"MB01-committee\",\"type\":\"String\"},"
                + "\"payload\":{\"type\":\"Object\",\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}",
            ADMIN);
    assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(response.body()).containsIgnoringCase("serialization");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void cookiesAreSecureAndPagesCarrySecurityHeaders() {
    var session = http.login("annv", DEMO_PASSWORD);
    String sessionCookie =
        session.loginSetCookies().stream()
            .filter(c -> c.startsWith("CHIBO_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(sessionCookie)
        .contains("Secure")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");

    var page = session.get("/organizations");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'self'");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");

    var tasklist = session.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("XSRF-TOKEN="))
        .allMatch(c -> c.contains("Secure"));
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void theRestApiKeepsNoSession() {
    var response = http.get("/engine-rest/task", SECRETARY);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("CHIBO_SESSION"));
  }
}

package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleAssignment;
import vn.chibo.organization.RoleType;
import vn.chibo.support.Http;

/**
 * The foundation as its users meet it, run against each supported database by the subclasses: the
 * app starts and deploys, the demo organisation is there, one login covers the pages, the webapps
 * and the REST API, people see only their own organisations, and groups follow roles.
 */
abstract class FoundationScenarios {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired OrganizationService organizations;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void deploysProcessesAndFormsFromTheProjectFolders() {
    var definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("DeploymentProbeProcess")
            .latestVersion()
            .singleResult();
    assertThat(definition).isNotNull();
    List<String> resources =
        repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
    assertThat(resources).anyMatch(r -> r.endsWith("deployment-probe/review-probe.form"));

    String instance =
        runtimeService
            .startProcessInstanceByKey(
                "DeploymentProbeProcess",
                "PROBE-" + System.nanoTime(),
                Map.of("probeGroup", "MB01-committee"))
            .getId();
    var task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"reviewProbeForm\"")
          .contains("Ghi chú kiểm thử");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    runtimeService.deleteProcessInstance(instance, "test");
  }

  @Test
  void seedsTheDemoOrganisation() {
    List<Organization> all = organizations.allOrganizations();
    List<Organization> branches = all.stream().filter(Organization::isBranch).toList();
    assertThat(all).extracting(o -> o.type().name()).contains("PROVINCIAL_COMMITTEE");
    assertThat(all.stream().filter(o -> o.type().name().equals("COMMUNE_COMMITTEE"))).hasSize(2);
    assertThat(branches).hasSizeGreaterThanOrEqualTo(6);

    Map<String, List<Member>> membersByBranch =
        branches.stream()
            .collect(Collectors.toMap(Organization::code, b -> organizations.membersOf(b.id())));
    int total = membersByBranch.values().stream().mapToInt(List::size).sum();
    assertThat(total).isBetween(130, 170);
    assertThat(membersByBranch.values()).anyMatch(m -> m.size() >= 30);
    assertThat(branches).anyMatch(b -> !organizations.hasElectedCommittee(b.id()));
    long candidates =
        membersByBranch.values().stream()
            .flatMap(List::stream)
            .filter(m -> m.status() == MemberStatus.CANDIDATE)
            .count();
    assertThat(candidates).isEqualTo(3);
    for (Organization b : branches) {
      assertThat(organizations.activeRolesIn(b.id()))
          .as("supervising member and secretary of %s", b.code())
          .extracting(RoleAssignment::role)
          .contains(RoleType.SUPERVISING_MEMBER, RoleType.SECRETARY);
    }
    assertThat(
            organizations.competentCommittee(organizations.organization("MB01").orElseThrow().id()))
        .map(Organization::code)
        .contains("MB");
  }

  @Test
  void searchFindsNamesIgnoringDiacriticsAndCase() {
    var session = http.login("annv", DEMO_PASSWORD);
    var page = session.get("/members?q=NGUYEN+van+an");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Nguyễn Văn An");
  }

  @Test
  void anonymousRequestsGetNothingButTheLoginPageAndHealth() {
    for (String path :
        List.of(
            "/",
            "/organizations",
            "/members?q=an",
            "/camunda/app/tasklist/default/",
            "/camunda/app/cockpit/default/",
            "/camunda/api/engine/engine/default/task")) {
      var response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
    }
    assertThat(http.get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", basic("nobody", "wrong-password")).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/login").statusCode()).isEqualTo(200);
    assertThat(http.get("/login").body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void oneLoginCoversPagesWebappsAndTheRestApi() {
    var session = http.login("annv", DEMO_PASSWORD);
    assertThat(session.loggedIn()).isTrue();
    assertThat(session.get("/").body()).contains("Xin chào");
    // As in a browser: opening the Tasklist signs the session into the engine.
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    var user = session.get("/camunda/api/admin/auth/user/default");
    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"annv\"").contains("tasklist");
    assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    assertThat(session.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
    assertThat(http.get("/engine-rest/group?member=annv", basic("annv", DEMO_PASSWORD)).body())
        .contains("MB01-secretary");

    var admin = http.login("admin", DEMO_PASSWORD);
    assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    assertThat(
            admin
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode())
        .isEqualTo(200);
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body())
        .contains("cockpit")
        .contains("admin");
  }

  @Test
  void aSecretaryOfOneBranchGetsNothingOfAnother() {
    Member other = organizations.membersOf(branch("MX01").id()).get(0);
    String otherTask = startProbe("MX01-committee");
    String ownTask = startProbe("MB01-committee");

    var annv = http.login("annv", DEMO_PASSWORD);
    var ownBranch = annv.get("/organizations/MB01");
    assertThat(ownBranch.statusCode()).isEqualTo(200);
    // In a branch the committee is the chi ủy: its members are "Chi ủy viên".
    assertThat(ownBranch.body()).contains("Chi ủy viên");
    assertThat(annv.get("/organizations/MX01").statusCode()).isEqualTo(403);
    assertThat(annv.get("/members/" + other.code()).statusCode()).isEqualTo(403);
    assertThat(annv.get("/members?q=" + other.fullName().replace(' ', '+')).body())
        .doesNotContain(other.code());
    assertThat(annv.get("/organizations").body()).contains("MB01").doesNotContain("MX01");

    String tasks = http.get("/engine-rest/task", basic("annv", DEMO_PASSWORD)).body();
    assertThat(tasks)
        .as(
            "annv's groups %s; candidate groups of the task %s",
            identityService.createGroupQuery().groupMember("annv").list().stream()
                .map(Group::getId)
                .toList(),
            taskService.getIdentityLinksForTask(ownTask).stream()
                .map(l -> l.getGroupId() + "/" + l.getType())
                .toList())
        .contains(ownTask)
        .doesNotContain(otherTask);
    assertThat(
            http.get("/engine-rest/task/" + otherTask, basic("annv", DEMO_PASSWORD)).statusCode())
        .isIn(403, 404);

    String mx01Secretary = secretaryUsername("MX01");
    String theirTasks = http.get("/engine-rest/task", basic(mx01Secretary, DEMO_PASSWORD)).body();
    assertThat(theirTasks).contains(otherTask).doesNotContain(ownTask);
  }

  @Test
  void upperLevelsSeeTheirWholeSubtreeAndNothingElse() {
    // Lê Thị Hồng Nhung: standing committee of the Mỹ Bằng commune committee.
    var session = http.login("nhunglth", DEMO_PASSWORD);
    assertThat(session.get("/organizations/MB").statusCode()).isEqualTo(200);
    assertThat(session.get("/organizations/MB01").statusCode()).isEqualTo(200);
    assertThat(session.get("/organizations/MB02").statusCode()).isEqualTo(200);
    assertThat(session.get("/organizations/MX01").statusCode()).isEqualTo(403);
    assertThat(session.get("/organizations/TQ").statusCode()).isEqualTo(403);
  }

  @Test
  void groupsFollowRoleChangesAtOnce() {
    Member member = organizations.memberByUsername("annv").orElseThrow();
    Organization mb02 = branch("MB02");
    long role =
        organizations.assignRole(
            member.id(), mb02.id(), RoleType.COMMITTEE_MEMBER, organizations.today(), null);
    assertThat(groupsOf("annv")).contains("MB02-committee");

    organizations.endRole(role, organizations.today());
    assertThat(groupsOf("annv")).doesNotContain("MB02-committee").contains("MB01-secretary");
  }

  @Test
  void aMemberWhoLeavesLosesAccess() {
    Member leaving =
        organizations.membersOf(branch("MXXM2").id()).stream()
            .filter(m -> m.status() == MemberStatus.OFFICIAL && m.username() != null)
            .filter(m -> organizations.activeRolesOf(m.id()).isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(http.login(leaving.username(), DEMO_PASSWORD).loggedIn()).isTrue();
    organizations.changeStatus(
        leaving.id(), MemberStatus.TRANSFERRED_OUT, organizations.today(), "Chuyển sinh hoạt");
    assertThat(groupsOf(leaving.username())).isEmpty();
    assertThat(http.login(leaving.username(), DEMO_PASSWORD).loggedIn()).isFalse();
  }

  String startProbe(String group) {
    String instance =
        runtimeService
            .startProcessInstanceByKey(
                "DeploymentProbeProcess", "PROBE-" + System.nanoTime(), Map.of("probeGroup", group))
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  String secretaryUsername(String branchCode) {
    long memberId =
        organizations.activeRolesIn(branch(branchCode).id()).stream()
            .filter(r -> r.role() == RoleType.SECRETARY)
            .findFirst()
            .orElseThrow()
            .memberId();
    return organizations.member(memberId).orElseThrow().username();
  }

  Organization branch(String code) {
    return organizations.organization(code).orElseThrow();
  }

  Set<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  static List<Deployment> deployments(RepositoryService repositoryService) {
    return repositoryService.createDeploymentQuery().list();
  }
}

package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.TestPostgres;

/**
 * Whole-application starts: data survives a restart on the H2 file database and on PostgreSQL, and
 * the {@code prod} profile refuses demo data and default passwords.
 */
class RestartAndProfilesTest {

  @TempDir Path dataDir;

  @Test
  void dataSurvivesARestartOnTheH2FileDatabase() {
    String url = "jdbc:h2:file:" + dataDir.resolve("chibo") + ";DB_CLOSE_ON_EXIT=FALSE";
    assertRestartKeepsEverything(url, null);
  }

  @Test
  void dataSurvivesARestartOnPostgres() {
    assertRestartKeepsEverything(TestPostgres.newDatabase("restart"), "postgres");
  }

  private void assertRestartKeepsEverything(String url, String profile) {
    Snapshot first;
    try (var app = start(profile, url)) {
      first = Snapshot.of(app);
    }
    assertThat(first.members()).isGreaterThan(100);
    Snapshot second;
    try (var app = start(profile, url)) {
      second = Snapshot.of(app);
    }
    assertThat(second).isEqualTo(first);
  }

  @Test
  void productionRefusesToStartWithoutItsOwnPasswords() {
    String url = "jdbc:h2:mem:prod-defaults;DB_CLOSE_DELAY=-1";
    assertThatThrownBy(() -> start("prod", url, "spring.datasource.password="))
        .hasMessage(
            "Từ chối khởi động ở chế độ prod: mật khẩu quản trị viên chưa đặt hoặc là mật khẩu mặc"
                + " định (CHIBO_ADMIN_PASSWORD); mật khẩu cơ sở dữ liệu trống hoặc mặc định"
                + " (CHIBO_DB_PASSWORD).");
  }

  @Test
  void productionRefusesADatabaseWithDemoData() {
    String url = "jdbc:h2:file:" + dataDir.resolve("demo") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (var demo = start(null, url, "spring.datasource.password=Kh0ng-mac-dinh")) {
      assertThat(Snapshot.of(demo).members()).isPositive();
    }
    assertThatThrownBy(
            () ->
                start(
                    "prod",
                    url,
                    "spring.datasource.password=Kh0ng-mac-dinh",
                    "CHIBO_ADMIN_PASSWORD=Quan-tri-2026!"))
        .hasMessageContaining("cơ sở dữ liệu đã chứa dữ liệu mẫu");
  }

  @Test
  void productionStartsWithItsOwnPasswordsAndNoDemoData() {
    String url = "jdbc:h2:mem:prod-clean;DB_CLOSE_DELAY=-1";
    try (var app =
        start(
            "prod",
            url,
            "spring.datasource.password=Kh0ng-mac-dinh",
            "CHIBO_ADMIN_PASSWORD=Quan-tri-2026!")) {
      assertThat(Snapshot.of(app).members()).isZero();
      assertThat(Snapshot.of(app).users()).isEqualTo(1);
    }
  }

  static ConfigurableApplicationContext start(String profile, String url, String... extra) {
    // Command-line arguments, so they win over application.yml as an operator's settings would.
    var args = new java.util.ArrayList<String>();
    args.add("--server.port=0");
    args.add("--spring.datasource.url=" + url);
    if ("postgres".equals(profile)) {
      args.add("--CHIBO_DB_URL=" + url);
      args.add("--CHIBO_DB_USER=" + TestPostgres.USER);
      args.add("--CHIBO_DB_PASSWORD=" + TestPostgres.PASSWORD);
    }
    for (String e : extra) {
      args.add("--" + e);
    }
    var builder = new SpringApplicationBuilder(ChiboApplication.class);
    if (profile != null) {
      builder.profiles(profile);
    }
    return builder.run(args.toArray(String[]::new));
  }

  record Snapshot(
      long organizations,
      long members,
      long roles,
      long users,
      long deployments,
      long definitions) {
    static Snapshot of(ConfigurableApplicationContext app) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      RepositoryService repository = app.getBean(RepositoryService.class);
      return new Snapshot(
          count(jdbc, "party_organization"),
          count(jdbc, "party_member"),
          count(jdbc, "organization_role"),
          count(jdbc, "ACT_ID_USER"),
          repository.createDeploymentQuery().count(),
          repository.createProcessDefinitionQuery().count());
    }

    private static long count(JdbcClient jdbc, String table) {
      return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
  }
}

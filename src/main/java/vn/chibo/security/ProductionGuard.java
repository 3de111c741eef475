package vn.chibo.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.ChiboProperties;

/**
 * In the {@code prod} profile, refuses to start with demo data or any default password, and says
 * why in one log line. Outside {@code prod} it does nothing.
 */
@Component
@Order(StartupOrder.PRODUCTION_GUARD)
class ProductionGuard implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ProductionGuard.class);
  private static final Set<String> DEFAULT_DB_PASSWORDS =
      Set.of("", "sa", "postgres", "password", "admin", "chibo", "camunda");

  private final Environment environment;
  private final ChiboProperties properties;
  private final DataSourceProperties dataSource;
  private final JdbcClient jdbc;

  ProductionGuard(
      Environment environment,
      ChiboProperties properties,
      DataSourceProperties dataSource,
      JdbcClient jdbc) {
    this.environment = environment;
    this.properties = properties;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      String message = "Từ chối khởi động ở chế độ prod: " + String.join("; ", problems) + ".";
      log.error(message);
      throw new ProductionSetupException(message);
    }
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (properties.demo().enabled()) {
      problems.add("dữ liệu mẫu đang bật (chibo.demo.enabled=true)");
    }
    boolean demoSeeded =
        jdbc.sql("select count(*) from app_setting where name = 'demo-seeded'")
                .query(Long.class)
                .single()
            > 0;
    if (demoSeeded) {
      problems.add("cơ sở dữ liệu đã chứa dữ liệu mẫu");
    }
    String adminPassword = properties.admin().password();
    if (adminPassword == null
        || adminPassword.isBlank()
        || adminPassword.equals(ChiboProperties.DEMO_PASSWORD)) {
      problems.add(
          "mật khẩu quản trị viên chưa đặt hoặc là mật khẩu mặc định (CHIBO_ADMIN_PASSWORD)");
    }
    String dbPassword = dataSource.getPassword();
    if (dbPassword == null || DEFAULT_DB_PASSWORDS.contains(dbPassword.toLowerCase())) {
      problems.add("mật khẩu cơ sở dữ liệu trống hoặc mặc định (CHIBO_DB_PASSWORD)");
    }
    return problems;
  }

  /** Start-up refused; the message says every reason. */
  static final class ProductionSetupException extends IllegalStateException {
    ProductionSetupException(String message) {
      super(message);
    }
  }
}

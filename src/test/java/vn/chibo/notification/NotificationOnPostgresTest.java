package vn.chibo.notification;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.TestPostgres;

/** The notification scenarios on a real PostgreSQL server, through the {@code postgres} profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ExtendWith(OutputCaptureExtension.class)
class NotificationOnPostgresTest extends NotificationScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgres.newDatabase("notification");
    registry.add("CHIBO_DB_URL", () -> url);
    registry.add("CHIBO_DB_USER", () -> TestPostgres.USER);
    registry.add("CHIBO_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}

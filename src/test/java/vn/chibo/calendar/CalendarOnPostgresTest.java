package vn.chibo.calendar;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.TestPostgres;

/** The calendar scenarios on a real PostgreSQL server, through the {@code postgres} profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class CalendarOnPostgresTest extends CalendarScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgres.newDatabase("calendar");
    registry.add("CHIBO_DB_URL", () -> url);
    registry.add("CHIBO_DB_USER", () -> TestPostgres.USER);
    registry.add("CHIBO_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    // The server may stop before the last context closes; fail fast then instead of waiting.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}

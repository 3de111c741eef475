package vn.chibo.admission;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.TestPostgres;

/** An admission case through the REST API on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class AdmissionOnPostgresTest extends AdmissionScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgres.newDatabase("admission");
    registry.add("CHIBO_DB_URL", () -> url);
    registry.add("CHIBO_DB_USER", () -> TestPostgres.USER);
    registry.add("CHIBO_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}

package vn.chibo.admission.probation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.TestPostgres;

/**
 * The probation that ends in recognition on time, on a real PostgreSQL server through the {@code
 * postgres} profile: the case tables, the unique keys and the savepoints behave there as on H2.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
class ProbationOnPostgresTest extends ProbationScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgres.newDatabase("probation");
    registry.add("CHIBO_DB_URL", () -> url);
    registry.add("CHIBO_DB_USER", () -> TestPostgres.USER);
    registry.add("CHIBO_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    // The server may stop before the last context closes; fail fast then instead of waiting.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}

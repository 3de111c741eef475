package vn.chibo.document.attachment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.TestPostgres;

/** Files attached to cases through the API on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class AttachmentOnPostgresTest extends AttachmentScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgres.newDatabase("attachment");
    registry.add("CHIBO_DB_URL", () -> url);
    registry.add("CHIBO_DB_USER", () -> TestPostgres.USER);
    registry.add("CHIBO_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}

package vn.chibo.document;

import org.springframework.boot.test.context.SpringBootTest;

/** The official documents on H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1")
class DocumentsOnH2Test extends DocumentScenarios {}

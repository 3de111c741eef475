package vn.chibo.document.attachment;

import org.springframework.boot.test.context.SpringBootTest;

/** Files attached to cases through the API on H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:attachment;DB_CLOSE_DELAY=-1")
class AttachmentOnH2Test extends AttachmentScenarios {}

package vn.chibo.document;

import org.springframework.boot.test.context.SpringBootTest;

/** The admission and probation forms on H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:admission-documents;DB_CLOSE_DELAY=-1")
class AdmissionDocumentsOnH2Test extends AdmissionDocumentScenarios {}

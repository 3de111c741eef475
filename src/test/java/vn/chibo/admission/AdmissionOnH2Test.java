package vn.chibo.admission;

import org.springframework.boot.test.context.SpringBootTest;

/** An admission case through the REST API on H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:admission;DB_CLOSE_DELAY=-1")
class AdmissionOnH2Test extends AdmissionScenarios {}

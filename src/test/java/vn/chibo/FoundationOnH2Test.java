package vn.chibo;

import org.springframework.boot.test.context.SpringBootTest;

/** The foundation scenarios on H2, the embedded default database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:foundation;DB_CLOSE_DELAY=-1")
class FoundationOnH2Test extends FoundationScenarios {}

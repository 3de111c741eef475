package vn.chibo.meeting;

import org.springframework.boot.test.context.SpringBootTest;

/** A month of meetings through the REST API on H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:month;DB_CLOSE_DELAY=-1")
class MeetingMonthOnH2Test extends MeetingMonthScenarios {}

package vn.chibo.calendar;

import org.springframework.boot.test.context.SpringBootTest;

/** The calendar scenarios on H2, the embedded default database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:calendar;DB_CLOSE_DELAY=-1")
class CalendarOnH2Test extends CalendarScenarios {}

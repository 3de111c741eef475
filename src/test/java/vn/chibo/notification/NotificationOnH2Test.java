package vn.chibo.notification;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The notification scenarios on H2, the embedded default database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:notification;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class NotificationOnH2Test extends NotificationScenarios {}

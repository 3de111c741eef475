package vn.chibo.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application for the browser tests: H2, job executor off (the tests run jobs by hand). A
 * context of its own, because the process tests' context measures process coverage per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@interface BrowserContext {}

package vn.chibo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on H2 with the job executor off, so tests drive jobs and timers by hand with
 * {@link ProcessDriver}. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@org.springframework.context.annotation.Import(ProcessCoverage.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:process;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
public @interface ProcessTest {}

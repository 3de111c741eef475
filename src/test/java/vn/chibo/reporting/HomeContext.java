package vn.chibo.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.chibo.support.StatementCounter;

/**
 * The application for the start page's tests, over HTTP and in the browser: H2 of its own (the
 * fixture's meetings, tasks and cases must not show up in other tests' branches, nor theirs here),
 * job executor off, statements counted.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:home;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@Import(HomeContext.Counting.class)
public @interface HomeContext {

  @TestConfiguration
  class Counting {
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }
}

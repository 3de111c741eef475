package vn.chibo.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Process coverage for the process test classes ({@code *ProcessTest}, one per process): import it
 * into a {@code @SpringBootTest} and the class fails after its last test when the flow nodes and
 * sequence flows it went through are less than {@value #MINIMUM} of the processes it started.
 * Reports land in {@code target/process-test-coverage/}.
 *
 * <p>Coverage is counted per test class over the processes that class starts, so a class that
 * starts only its own process asserts that process; processes it merely calls can be left out with
 * {@code excludeProcessDefinitionKeys}. Test classes of other names that share the context are not
 * measured: without a process they would have no coverage to assert.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

  /** The least share of a process's elements the tests of its class must go through. */
  public static final double MINIMUM = 0.95;

  // Primary: the imported configuration also declares default properties (its missing-bean
  // condition cannot see this bean), and the coverage listener looks the properties up by type.
  @Bean
  @Primary
  ProcessEngineCoverageProperties processCoverageGate(
      @org.springframework.beans.factory.annotation.Value("${chibo.test.coverage-exclude:}")
          java.util.List<String> excluded) {
    var builder =
        ProcessEngineCoverageProperties.builder()
            .assertClassCoverageAtLeast(MINIMUM)
            .addInclusionPatternForTestClasses("*ProcessTest");
    // A test class that starts another process only as a side effect (the scheduler starts the
    // month's meetings) names it here so the gate measures the process the class is about.
    excluded.stream().filter(k -> !k.isBlank()).forEach(builder::excludeProcessDefinitionKeys);
    return builder.build();
  }
}

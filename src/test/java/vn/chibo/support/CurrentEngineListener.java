package vn.chibo.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live side by side in one test run, each with an engine named
 * "default". The REST API and the webapps look the engine up by that name in a JVM-wide registry,
 * where the context started last wins — so a test's HTTP calls could reach another test's database.
 * Before each test, the engine of the test's own context is made the registered one.
 */
public class CurrentEngineListener implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    var context = testContext.getApplicationContext();
    if (context.getBeanNamesForType(ProcessEngine.class).length > 0) {
      ProcessEngines.registerProcessEngine(context.getBean(ProcessEngine.class));
    }
  }
}

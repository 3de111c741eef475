package vn.chibo.workflow;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.errorcode.ExceptionCodeProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's exceptions our error codes when their cause is refused input or a step
 * conflict. The engine wraps what a task listener throws, and its REST layer reports only the
 * outermost exception's code; with these codes {@link TaskConflictFilter} can answer 400 and 409.
 */
@Component
class EngineErrorCodes implements ProcessEnginePlugin {

  /** Custom engine error code for refused input. */
  static final int INVALID_INPUT = 20400;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomExceptionCodeProvider(
        new ExceptionCodeProvider() {
          @Override
          public Integer provideCode(ProcessEngineException e) {
            return codeOf(e);
          }

          @Override
          public Integer provideCode(SQLException e) {
            return null;
          }
        });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {}

  static Integer codeOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        return INVALID_INPUT;
      }
      if (t instanceof StepConflictException) {
        return StepConflictException.CODE;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}

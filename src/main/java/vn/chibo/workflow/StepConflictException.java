package vn.chibo.workflow;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A case is no longer at the step a call expects: someone else completed it first, or it moved on.
 * HTTP 409 for people and API clients alike.
 *
 * <p>It is an engine exception with a custom error code so that, thrown while a task completes, the
 * engine's REST layer passes the code on and {@link TaskConflictFilter} can answer 409 instead of
 * 500.
 */
public class StepConflictException extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  /** Custom engine error code (codes below 20000 are reserved by the engine). */
  public static final int CODE = 20409;

  public StepConflictException(String message) {
    super(message, CODE);
  }
}

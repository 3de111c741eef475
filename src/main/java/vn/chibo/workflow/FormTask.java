package vn.chibo.workflow;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Glue between a user task's form and the application service behind it.
 *
 * <p>On create, the values the form shows are loaded from the app's tables into <em>task-local</em>
 * variables, one per form field. On complete, what was submitted is read, validated and written to
 * the tables by the service, and the listener sets at most a routing flag on the process. The
 * submitted fields are then removed from the process instance, so process variables keep holding
 * ids and routing facts only. Bad input throws {@link InvalidInputException}: the task stays open
 * and the transaction writes nothing.
 */
public abstract class FormTask implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> task.setVariablesLocal(formValues(task));
      case EVENTNAME_COMPLETE -> {
        Submission submission = new Submission(task);
        complete(task, submission);
        submission.clear();
      }
      default -> {
        // only create and complete are bound in the models
      }
    }
  }

  /** Every field of the form with the value it shows; null where the person must choose. */
  protected abstract Map<String, Object> formValues(DelegateTask task);

  /** Validates and saves what was submitted; sets routing variables on the process. */
  protected abstract void complete(DelegateTask task, Submission in);

  protected static String businessKey(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  /** Who completes the task: the authenticated user, else the assignee. */
  protected static String actor(DelegateTask task) {
    Authentication auth =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee();
  }

  /**
   * The values one completion submitted. The Tasklist's form submission writes into the task's own
   * variables; a plain {@code complete} call with variables writes them into the process instance.
   * A value in the process instance can only come from this call (earlier ones are removed), so it
   * wins over the value the form was prefilled with.
   */
  public static final class Submission {

    private final DelegateTask task;
    private final Set<String> read = new LinkedHashSet<>();

    Submission(DelegateTask task) {
      this.task = task;
    }

    public Object value(String key) {
      read.add(key);
      DelegateExecution instance = task.getExecution().getProcessInstance();
      if (instance.hasVariableLocal(key)) {
        return instance.getVariableLocal(key);
      }
      return task.getVariableLocal(key);
    }

    public String string(String key) {
      Object v = value(key);
      return v == null ? null : v.toString();
    }

    /** Numbers arrive as Integer, Long or Double from forms and JSON; text from some clients. */
    public Integer integer(String key) {
      Object v = value(key);
      if (v == null || (v instanceof String s && s.isBlank())) {
        return null;
      }
      if (v instanceof Number n) {
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
          throw new InvalidInputException(key, "phải là số nguyên");
        }
        return n.intValue();
      }
      try {
        return Integer.parseInt(v.toString().strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(key, "phải là số nguyên");
      }
    }

    /** A checkbox: true, false, or null when the client sent nothing; text "true"/"false" too. */
    public Boolean bool(String key) {
      Object v = value(key);
      if (v == null || (v instanceof String s && s.isBlank())) {
        return null;
      }
      if (v instanceof Boolean b) {
        return b;
      }
      return switch (v.toString().strip().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "on", "1" -> true;
        case "false", "off", "0" -> false;
        default -> throw new InvalidInputException(key, "phải là có hoặc không");
      };
    }

    /** One of the allowed option values, or null when nothing was chosen; anything else refused. */
    public String choice(String key, String... allowed) {
      String v = string(key);
      if (v == null || v.isBlank()) {
        return null;
      }
      for (String a : allowed) {
        if (a.equals(v)) {
          return v;
        }
      }
      throw new InvalidInputException(
          key, "giá trị \"" + v + "\" không thuộc các lựa chọn cho phép");
    }

    void clear() {
      DelegateExecution instance = task.getExecution().getProcessInstance();
      for (String key : read) {
        if (instance.hasVariableLocal(key)) {
          instance.removeVariableLocal(key);
        }
      }
    }
  }
}

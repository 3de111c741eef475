package vn.chibo.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives processes by hand in tests with the job executor off: moves the engine clock, runs the due
 * jobs of one process instance, completes tasks as a given user with the groups the registry gave
 * them (so the engine's authorization checks apply).
 */
public final class ProcessDriver {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ManagementService management;
  private final TaskService tasks;
  private final IdentityService identity;

  public ProcessDriver(ManagementService management, TaskService tasks, IdentityService identity) {
    this.management = management;
    this.tasks = tasks;
    this.identity = identity;
  }

  public static void clockAt(LocalDateTime t) {
    ClockUtil.setCurrentTime(Date.from(t.atZone(VN).toInstant()));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  /**
   * Runs every job of the instance (and instances it started) that is due now, until none is left.
   */
  public int runDueJobs(String processInstanceId) {
    int n = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return n;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        n++;
      }
    }
    throw new IllegalStateException("jobs keep coming for " + processInstanceId);
  }

  /** Moves the clock to {@code t} and runs what is due. */
  public int advanceTo(LocalDateTime t, String processInstanceId) {
    clockAt(t);
    return runDueJobs(processInstanceId);
  }

  public Task task(String processInstanceId, String taskDefinitionKey) {
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  public Map<String, Object> formVariables(String taskId) {
    return tasks.getVariables(taskId);
  }

  /**
   * Completes as {@code user} with {@code groups}: the engine checks the user may work the task.
   */
  public void completeAs(
      String user, List<String> groups, String taskId, Map<String, Object> vars) {
    identity.setAuthentication(user, groups);
    try {
      tasks.complete(taskId, vars);
    } catch (RuntimeException e) {
      // what the person is told: the refused field or the conflict, not the engine's wrapper
      throw vn.chibo.workflow.Causes.unwrap(e);
    } finally {
      identity.clearAuthentication();
    }
  }
}

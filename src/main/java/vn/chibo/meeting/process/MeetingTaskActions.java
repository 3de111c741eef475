package vn.chibo.meeting.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.Meeting;
import vn.chibo.workflow.Causes;

/**
 * What the app's own pages do with the tasks of {@code BranchMeetingProcess}: find a meeting's open
 * task, check a person may work it, and complete it as that person — with the engine's
 * authorization checks on, exactly as if the Tasklist had done it.
 */
@Component
public class MeetingTaskActions {

  private final TaskService tasks;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final IdentityService identity;
  private final BranchMeetingProcess process;

  MeetingTaskActions(
      TaskService tasks,
      org.camunda.bpm.engine.RuntimeService runtime,
      IdentityService identity,
      BranchMeetingProcess process) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.process = process;
  }

  public Optional<Task> task(String taskId) {
    return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  /** The open tasks of a meeting, any step. */
  public List<Task> openTasks(String meetingId) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(meetingId)
        .processDefinitionKey(BranchMeetingProcess.KEY)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  public Optional<Task> openRecordTask(String meetingId) {
    return openTasks(meetingId).stream()
        .filter(t -> BranchMeetingProcess.RECORD_MEETING.equals(t.getTaskDefinitionKey()))
        .findFirst();
  }

  /** The meeting a task belongs to (its process business key). */
  public String meetingIdOf(Task task) {
    var instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /** The person is the assignee or belongs to one of the task's candidate groups. */
  public boolean mayWork(Task task, String user, List<String> groups) {
    if (user.equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return true;
      }
      if (user.equals(link.getUserId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Completes the record task with the record as a transient variable: the listener writes it to
   * the tables and nothing of it is kept in the process. Refused input or a conflict is rethrown as
   * our own exception.
   */
  public void completeRecord(String taskId, String user, List<String> groups, String recordJson) {
    identity.setAuthentication(user, groups);
    try {
      tasks.complete(
          taskId,
          Variables.createVariables()
              .putValueTyped("meetingRecord", Variables.stringValue(recordJson, true)));
    } catch (RuntimeException e) {
      throw Causes.unwrap(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Starts the process of a meeting opened by hand. */
  public void start(Meeting meeting) {
    process.start(meeting);
  }
}

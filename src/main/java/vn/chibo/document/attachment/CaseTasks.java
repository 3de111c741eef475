package vn.chibo.document.attachment;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case a person may work now: assigned to them, or unassigned with them among
 * the candidates (in person or through one of their groups). The only place attachments talk to the
 * engine.
 */
@Component
class CaseTasks {

  private final TaskService tasks;

  CaseTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  boolean worksOn(String caseKey, String user) {
    return assigned(caseKey, user).count() > 0 || candidate(caseKey, user).count() > 0;
  }

  /** The task, if it is an open task of the case the person may work now. */
  Optional<Task> workable(String caseKey, String taskId, String user) {
    if (taskId == null || taskId.isBlank()) {
      return Optional.empty();
    }
    Task task = assigned(caseKey, user).taskId(taskId).singleResult();
    if (task == null) {
      task = candidate(caseKey, user).taskId(taskId).singleResult();
    }
    return Optional.ofNullable(task);
  }

  private TaskQuery assigned(String caseKey, String user) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseKey).active().taskAssignee(user);
  }

  /** Unassigned tasks only: a task someone else has claimed is theirs to work. */
  private TaskQuery candidate(String caseKey, String user) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(caseKey)
        .active()
        .taskCandidateUser(user);
  }
}

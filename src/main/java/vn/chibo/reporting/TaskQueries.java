package vn.chibo.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * A person's open tasks in every process, as the Tasklist would list them for that person: assigned
 * to them, or unclaimed in one of their candidate groups. Three queries whatever the number of
 * tasks: the tasks, their process instances (for the business key), their definitions (for the
 * process's name).
 */
@Service
public class TaskQueries {

  /** Where the Tasklist opens one task. */
  static final String TASKLIST_LINK = "/camunda/app/tasklist/default/#/?task=";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final Clock clock;

  TaskQueries(
      TaskService tasks, RuntimeService runtime, RepositoryService repository, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.clock = clock;
  }

  /** The first {@code limit} open tasks, soonest due first (those without a due date last). */
  public OpenTasks openTasksOf(String username, List<String> groups, int limit) {
    TaskQuery query = tasks.createTaskQuery();
    if (groups.isEmpty()) {
      query.taskAssignee(username);
    } else {
      query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
    }
    List<Task> found =
        query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, limit + 1);
    boolean more = found.size() > limit;
    List<Task> shown = more ? found.subList(0, limit) : found;
    if (shown.isEmpty()) {
      return new OpenTasks(List.of(), false);
    }
    Set<String> instanceIds =
        shown.stream()
            .map(Task::getProcessInstanceId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Map<String, String> businessKeys =
        instanceIds.isEmpty()
            ? Map.of()
            : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    String[] definitionIds =
        shown.stream()
            .map(Task::getProcessDefinitionId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toArray(String[]::new);
    Map<String, ProcessDefinition> definitions =
        definitionIds.length == 0
            ? Map.of()
            : repository
                .createProcessDefinitionQuery()
                .processDefinitionIdIn(definitionIds)
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    LocalDateTime now = LocalDateTime.now(clock);
    List<OpenTask> rows =
        shown.stream()
            .map(
                t -> {
                  ProcessDefinition d = definitions.get(t.getProcessDefinitionId());
                  LocalDateTime due = local(t.getDueDate(), clock.getZone());
                  return new OpenTask(
                      t.getId(),
                      t.getName(),
                      d == null ? null : d.getName(),
                      businessKeys.get(t.getProcessInstanceId()),
                      due,
                      due != null && due.isBefore(now),
                      username.equals(t.getAssignee()));
                })
            .toList();
    return new OpenTasks(rows, more);
  }

  private static LocalDateTime local(Date date, ZoneId zone) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  /**
   * @param more whether there are further tasks beyond those shown
   */
  public record OpenTasks(List<OpenTask> tasks, boolean more) {}

  /**
   * @param processName the process's Vietnamese name, e.g. "Sinh hoạt chi bộ"
   * @param businessKey the case the task belongs to, e.g. MTG-MB01-2027-03
   * @param assignedToMe claimed by or assigned to the person, as opposed to offered to a group
   */
  public record OpenTask(
      String id,
      String name,
      String processName,
      String businessKey,
      LocalDateTime due,
      boolean overdue,
      boolean assignedToMe) {

    /** The task in the Tasklist. */
    public String link() {
      return TASKLIST_LINK + id;
    }
  }
}

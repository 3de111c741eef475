package vn.chibo.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.GroupIds;

/**
 * Công việc: the tasks of the signed-in person and of their groups in one list, to claim or assign
 * several at once (the Camunda Tasklist does one at a time). Every action runs as the person with
 * the engine's authorization checks on; a task another person took in the meantime is reported by
 * name, the others go through.
 */
@Controller
class TaskBoardController {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int LIMIT = 200;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  TaskBoardController(
      TaskService tasks, RuntimeService runtime, IdentityService identity, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** One line of the list. */
  record Row(
      String id,
      String name,
      String caseId,
      String assignee,
      java.time.LocalDateTime due,
      boolean overdue,
      List<String> groups) {}

  @GetMapping("/tasks")
  String list(Authentication auth, Model model) {
    List<String> groups = groups(auth);
    List<Task> visible = visibleTasks(auth.getName(), groups);
    List<Row> rows = new ArrayList<>();
    Set<String> candidateGroups = new LinkedHashSet<>();
    Map<String, String> caseIds = businessKeys(visible);
    for (Task t : visible) {
      List<String> taskGroups =
          tasks.getIdentityLinksForTask(t.getId()).stream()
              .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
              .map(IdentityLink::getGroupId)
              .filter(g -> g != null && groups.contains(g))
              .toList();
      candidateGroups.addAll(taskGroups);
      var due =
          t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(VN).toLocalDateTime();
      rows.add(
          new Row(
              t.getId(),
              t.getName(),
              caseIds.get(t.getProcessInstanceId()),
              t.getAssignee(),
              due,
              due != null && due.isBefore(java.time.LocalDateTime.now(clock)),
              taskGroups));
    }
    // Whom the person may give work to: the members of the groups the listed tasks are for.
    Map<String, String> people = new LinkedHashMap<>();
    for (String g : candidateGroups) {
      for (User u :
          identity.createUserQuery().memberOfGroup(g).orderByUserLastName().asc().list()) {
        people.putIfAbsent(u.getId(), (u.getFirstName() + " " + u.getLastName()).strip());
      }
    }
    model.addAttribute("rows", rows);
    model.addAttribute("people", people);
    model.addAttribute("me", auth.getName());
    return "task/list";
  }

  @PostMapping("/tasks/claim")
  String claim(
      @RequestParam(name = "taskId", required = false) List<String> ids,
      Authentication auth,
      RedirectAttributes redirect) {
    return apply(ids, auth, redirect, auth.getName(), "đã nhận");
  }

  @PostMapping("/tasks/assign")
  String assign(
      @RequestParam(name = "taskId", required = false) List<String> ids,
      @RequestParam(name = "assignee", required = false) String assignee,
      Authentication auth,
      RedirectAttributes redirect) {
    if (assignee == null || assignee.isBlank()) {
      redirect.addFlashAttribute("error", "Chưa chọn người được giao việc.");
      return "redirect:/tasks";
    }
    return apply(ids, auth, redirect, assignee.strip(), "đã giao");
  }

  private String apply(
      List<String> ids, Authentication auth, RedirectAttributes redirect, String to, String verb) {
    if (ids == null || ids.isEmpty()) {
      redirect.addFlashAttribute("error", "Chưa chọn công việc nào.");
      return "redirect:/tasks";
    }
    List<String> groups = groups(auth);
    Set<String> allowed = new LinkedHashSet<>();
    visibleTasks(auth.getName(), groups).forEach(t -> allowed.add(t.getId()));
    if (!to.equals(auth.getName()) && !memberOfAnyTaskGroup(to, ids, groups)) {
      redirect.addFlashAttribute(
          "error", "Chỉ giao việc được cho người trong nhóm được giao của các công việc đã chọn.");
      return "redirect:/tasks";
    }
    int done = 0;
    List<String> refused = new ArrayList<>();
    identity.setAuthentication(auth.getName(), groups);
    try {
      for (String id : new LinkedHashSet<>(ids)) {
        Task t = allowed.contains(id) ? tasks.createTaskQuery().taskId(id).singleResult() : null;
        if (t == null) {
          refused.add("một công việc không còn hoặc không thuộc nhóm của đồng chí");
          continue;
        }
        if (t.getAssignee() != null && !t.getAssignee().equals(auth.getName())) {
          refused.add(t.getName() + " (đã có " + t.getAssignee() + " nhận)");
          continue;
        }
        try {
          tasks.setAssignee(id, to);
          done++;
        } catch (RuntimeException e) {
          refused.add(t.getName() + " (không đủ quyền)");
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    redirect.addFlashAttribute("message", "Đã xử lý " + done + " công việc: " + verb + ".");
    if (!refused.isEmpty()) {
      redirect.addFlashAttribute("refused", refused);
    }
    return "redirect:/tasks";
  }

  private boolean memberOfAnyTaskGroup(String user, List<String> ids, List<String> myGroups) {
    Set<String> taskGroups = new LinkedHashSet<>();
    for (String id : ids) {
      tasks.getIdentityLinksForTask(id).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .map(IdentityLink::getGroupId)
          .filter(myGroups::contains)
          .forEach(taskGroups::add);
    }
    return taskGroups.stream()
        .anyMatch(g -> identity.createUserQuery().userId(user).memberOfGroup(g).count() > 0);
  }

  /** Open tasks assigned to the person or offered to one of their groups. */
  private List<Task> visibleTasks(String user, List<String> groups) {
    List<Task> result = new ArrayList<>(tasks.createTaskQuery().active().taskAssignee(user).list());
    if (!groups.isEmpty()) {
      tasks
          .createTaskQuery()
          .active()
          .taskCandidateGroupIn(groups)
          .includeAssignedTasks()
          .list()
          .stream()
          .filter(t -> result.stream().noneMatch(r -> r.getId().equals(t.getId())))
          .forEach(result::add);
    }
    result.sort(
        Comparator.comparing(
            (Task t) ->
                t.getDueDate() == null ? new java.util.Date(Long.MAX_VALUE) : t.getDueDate()));
    return result.size() > LIMIT ? result.subList(0, LIMIT) : result;
  }

  /** The business key of each listed task's process instance, in one query. */
  private Map<String, String> businessKeys(List<Task> listed) {
    String[] ids =
        listed.stream()
            .map(Task::getProcessInstanceId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toArray(String[]::new);
    Map<String, String> keys = new java.util.HashMap<>();
    if (ids.length > 0) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceIds(Set.of(ids))
          .list()
          .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
    }
    return keys;
  }

  private static List<String> groups(Authentication auth) {
    return GroupIds.of(auth);
  }
}

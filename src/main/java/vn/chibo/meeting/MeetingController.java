package vn.chibo.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.meeting.process.MeetingTaskActions;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationAccess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;
import vn.chibo.workflow.TaskCallbacks;

/**
 * The meeting pages: the meetings of the branches a person covers, one meeting with everything
 * recorded about it, the record form (the Tasklist links the "Ghi biên bản" task here) and opening
 * an extraordinary or thematic meeting.
 */
@Controller
class MeetingController {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int TASK_ROWS = 6;

  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final MeetingTaskActions taskActions;
  private final Clock clock;

  MeetingController(
      MeetingService meetings,
      ResolutionService resolutions,
      OrganizationService organizations,
      OrganizationAccess access,
      MeetingTaskActions taskActions,
      Clock clock) {
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.organizations = organizations;
    this.access = access;
    this.taskActions = taskActions;
    this.clock = clock;
  }

  @GetMapping("/meetings")
  String list(
      @RequestParam(name = "month", required = false) String monthText,
      Authentication auth,
      Model model) {
    YearMonth month;
    try {
      month =
          monthText == null || monthText.isBlank()
              ? YearMonth.now(clock)
              : YearMonth.parse(monthText);
    } catch (java.time.DateTimeException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tháng không hợp lệ (yyyy-MM)");
    }
    var scope = access.scopeOf(auth);
    List<Organization> branches =
        meetings.activeBranches().stream().filter(b -> scope.covers(b.id())).toList();
    Map<Long, Organization> byId =
        branches.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    List<Meeting> list = meetings.meetingsOf(byId.keySet(), month);
    Set<Long> withMeeting =
        list.stream()
            .filter(m -> m.kind() == MeetingKind.REGULAR)
            .map(Meeting::branchId)
            .collect(Collectors.toSet());
    model.addAttribute("month", month);
    model.addAttribute("monthLabel", MeetingTexts.month(month));
    model.addAttribute("previous", month.minusMonths(1));
    model.addAttribute("next", month.plusMonths(1));
    model.addAttribute("meetings", list);
    model.addAttribute("branches", byId);
    model.addAttribute(
        "withoutMeeting", branches.stream().filter(b -> !withMeeting.contains(b.id())).toList());
    model.addAttribute("canOpen", secretaryOf(auth, branches));
    // Regular meetings a secretary may open now: this month's and next month's, where missing.
    YearMonth now = YearMonth.now(clock);
    List<Map<String, String>> openable = new ArrayList<>();
    for (Organization b : openableBranches(auth)) {
      for (YearMonth m : List.of(now, now.plusMonths(1))) {
        if (meetings.findMeeting("MTG-" + b.code() + "-" + m).isEmpty()) {
          openable.add(
              Map.of(
                  "branch", b.code(),
                  "branchName", b.name(),
                  "month", m.toString(),
                  "monthLabel", MeetingTexts.month(m)));
        }
      }
    }
    model.addAttribute("openable", openable);
    return "meeting/list";
  }

  @GetMapping("/meetings/{id}")
  String detail(@PathVariable("id") String id, Authentication auth, Model model) {
    Meeting m = visible(id, auth);
    Organization branch = meetings.branchOf(m);
    Map<Long, Member> members = membersById(branch.id());
    model.addAttribute("meeting", m);
    model.addAttribute("branch", branch);
    model.addAttribute("when", MeetingTexts.when(m.scheduledDate(), m.startTime()));
    model.addAttribute("agenda", meetings.agenda(id));
    model.addAttribute("resolution", resolutions.resolution(id).orElse(null));
    model.addAttribute("attendance", meetings.attendance(id));
    model.addAttribute("members", members);
    model.addAttribute("actionItems", resolutions.actionItemsOf(id));
    model.addAttribute("tasks", taskActions.openTasks(id));
    model.addAttribute("presenceCounts", presenceCounts(meetings.attendance(id)));
    return "meeting/detail";
  }

  /** The Tasklist opens external forms with {@code ?taskId=…&callbackUrl=…}. */
  @GetMapping("/meetings/record")
  String recordFromTasklist(
      @RequestParam("taskId") String taskId,
      @RequestParam(name = "callbackUrl", required = false) String callbackUrl,
      Authentication auth,
      Model model) {
    Task task = workableTask(taskId, auth);
    String meetingId = taskActions.meetingIdOf(task);
    return recordForm(meetingId, task, callbackUrl, null, Map.of(), model);
  }

  @GetMapping("/meetings/{id}/record")
  String record(@PathVariable("id") String id, Authentication auth, Model model) {
    visible(id, auth);
    Task task =
        taskActions
            .openRecordTask(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.CONFLICT, "Buổi họp này không ở bước ghi biên bản"));
    workableTask(task.getId(), auth);
    return recordForm(id, task, null, null, Map.of(), model);
  }

  @PostMapping("/meetings/record")
  String submitRecord(
      @RequestParam("taskId") String taskId,
      @RequestParam(name = "callbackUrl", required = false) String callbackUrl,
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    Task task = workableTask(taskId, auth);
    String meetingId = taskActions.meetingIdOf(task);
    RecordInput input = toInput(meetingId, form);
    try {
      taskActions.completeRecord(
          taskId, auth.getName(), groups(auth), JSON.writeValueAsString(input));
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().forEach(x -> errors.merge(x.field(), x.reason(), (a, b) -> a + "; " + b));
      response.setStatus(400);
      return recordForm(meetingId, task, callbackUrl, form, errors, model);
    } catch (StepConflictException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String back = TaskCallbacks.sameOriginPath(callbackUrl);
    if (back != null) {
      return "redirect:" + back;
    }
    return "redirect:/meetings/" + meetingId + "?recorded";
  }

  /**
   * A secretary opens the branch's regular meeting of this or next month now, without waiting for
   * the monthly schedule (a branch that starts preparing early, or a system installed after the
   * 25th). Same business key as the schedule's: opening it twice is impossible.
   */
  @PostMapping("/meetings/open-regular")
  String openRegular(
      @RequestParam("branch") String branchCode,
      @RequestParam("month") String monthText,
      Authentication auth) {
    Organization branch =
        openableBranches(auth).stream()
            .filter(b -> b.code().equals(branchCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Đồng chí không phải bí thư của chi bộ này"));
    YearMonth month;
    try {
      month = YearMonth.parse(monthText);
    } catch (java.time.DateTimeException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tháng không hợp lệ (yyyy-MM)");
    }
    YearMonth now = YearMonth.now(clock);
    if (!month.equals(now) && !month.equals(now.plusMonths(1))) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Chỉ mở được buổi sinh hoạt thường kỳ tháng này hoặc tháng sau");
    }
    var opened = meetings.openRegular(branch, month);
    opened.ifPresent(taskActions::start);
    String id = opened.map(Meeting::id).orElse("MTG-" + branch.code() + "-" + month);
    return "redirect:/meetings/" + id;
  }

  @GetMapping("/meetings/new")
  String newMeeting(Authentication auth, Model model) {
    List<Organization> branches = openableBranches(auth);
    if (branches.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Chỉ bí thư, phó bí thư chi bộ mở được buổi sinh hoạt");
    }
    model.addAttribute("branches", branches);
    model.addAttribute(
        "values",
        Map.of("meetingTime", MeetingTexts.time(meetings.properties().defaultStartTime())));
    model.addAttribute("errors", Map.of());
    return "meeting/new";
  }

  @PostMapping("/meetings/new")
  String openMeeting(
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    List<Organization> branches = openableBranches(auth);
    Organization branch =
        branches.stream()
            .filter(b -> b.code().equals(form.get("branch")))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Đồng chí không phải bí thư của chi bộ này"));
    MeetingKind kind;
    try {
      kind = MeetingKind.valueOf(form.getOrDefault("kind", ""));
    } catch (IllegalArgumentException e) {
      kind = null;
    }
    try {
      Meeting m =
          meetings.openExtra(
              branch,
              kind,
              form.get("meetingDate"),
              form.get("meetingTime"),
              form.get("meetingPlace"),
              form.get("thematicTopic"),
              auth.getName());
      taskActions.start(m);
      return "redirect:/meetings/" + m.id();
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().forEach(x -> errors.merge(x.field(), x.reason(), (a, b) -> a + "; " + b));
      model.addAttribute("branches", branches);
      model.addAttribute("values", form);
      model.addAttribute("errors", errors);
      response.setStatus(400);
      return "meeting/new";
    }
  }

  // ------------------------------------------------------------------

  private String recordForm(
      String meetingId,
      Task task,
      String callbackUrl,
      Map<String, String> submitted,
      Map<String, String> errors,
      Model model) {
    Meeting m = meetings.meeting(meetingId);
    Organization branch = meetings.branchOf(m);
    List<Member> roll = meetings.rollOf(m);
    Map<String, String> values = new LinkedHashMap<>();
    if (submitted == null) {
      values.put("heldStart", MeetingTexts.dateTime(m.scheduledStart()));
      values.put(
          "heldEnd",
          MeetingTexts.dateTime(m.scheduledStart().plusMinutes(m.hasThematicPart() ? 120 : 90)));
      values.put("chairedBy", holderName(branch.id(), vn.chibo.organization.RoleType.SECRETARY));
      values.put("minutesBy", holderName(branch.id(), vn.chibo.organization.RoleType.MINUTE_TAKER));
      for (Member member : roll) {
        values.put(
            "presence_" + member.code(),
            member.status() == MemberStatus.EXEMPTED
                ? Presence.EXEMPTED.name()
                : Presence.PRESENT.name());
      }
    } else {
      values.putAll(submitted);
    }
    model.addAttribute("meeting", m);
    model.addAttribute("branch", branch);
    model.addAttribute("summary", MeetingTexts.summary(m, branch));
    model.addAttribute("taskId", task.getId());
    model.addAttribute("callbackUrl", callbackUrl);
    model.addAttribute("roll", roll);
    model.addAttribute("agenda", meetings.agenda(meetingId));
    model.addAttribute("presences", Presence.values());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("taskRows", TASK_ROWS);
    model.addAttribute(
        "assignable", roll.stream().filter(x -> x.status() != MemberStatus.EXEMPTED).toList());
    return "meeting/record";
  }

  private String holderName(long orgId, vn.chibo.organization.RoleType role) {
    LocalDate today = LocalDate.now(clock);
    return organizations.activeRolesIn(orgId).stream()
        .filter(r -> r.role() == role && r.isActiveOn(today))
        .map(r -> organizations.member(r.memberId()).map(Member::fullName).orElse(""))
        .findFirst()
        .orElse("");
  }

  static RecordInput toInput(String meetingId, Map<String, String> form) {
    List<RecordInput.RollCall> roll = new ArrayList<>();
    List<RecordInput.Minutes> minutes = new ArrayList<>();
    for (var e : form.entrySet()) {
      if (e.getKey().startsWith("presence_")) {
        String code = e.getKey().substring("presence_".length());
        roll.add(new RecordInput.RollCall(code, e.getValue(), form.get("reason_" + code)));
      } else if (e.getKey().startsWith("notes_")) {
        String itemId = e.getKey().substring("notes_".length());
        try {
          long idValue = Long.parseLong(itemId);
          minutes.add(
              new RecordInput.Minutes(idValue, e.getValue(), form.get("speakers_" + itemId)));
        } catch (NumberFormatException ignored) {
          // not one of ours; the service reports the agenda items without minutes
        }
      }
    }
    List<RecordInput.Task> tasks = new ArrayList<>();
    for (int i = 1; i <= TASK_ROWS; i++) {
      String title = form.getOrDefault("taskTitle_" + i, "").strip();
      String assignee = form.getOrDefault("taskAssignee_" + i, "").strip();
      String due = form.getOrDefault("taskDue_" + i, "").strip();
      if (title.isEmpty() && assignee.isEmpty() && due.isEmpty()) {
        continue;
      }
      tasks.add(new RecordInput.Task(title, assignee.isEmpty() ? null : assignee, due));
    }
    return new RecordInput(
        form.get("heldStart"),
        form.get("heldEnd"),
        form.get("chairedBy"),
        form.get("minutesBy"),
        form.get("guests"),
        roll,
        minutes,
        tasks);
  }

  private Meeting visible(String id, Authentication auth) {
    Meeting m =
        meetings
            .findMeeting(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có buổi họp " + id));
    if (!access.scopeOf(auth).covers(m.branchId())) {
      // Another branch's meeting does not exist for this person.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có buổi họp " + id);
    }
    return m;
  }

  private Task workableTask(String taskId, Authentication auth) {
    Task task =
        taskActions
            .task(taskId)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.CONFLICT, "Công việc này đã được hoàn thành hoặc không còn"));
    if (!BranchMeetingProcess.RECORD_MEETING.equals(task.getTaskDefinitionKey())
        || !taskActions.mayWork(task, auth.getName(), groups(auth))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có công việc " + taskId);
    }
    return task;
  }

  private static List<String> groups(Authentication auth) {
    return GroupIds.of(auth);
  }

  private List<Organization> openableBranches(Authentication auth) {
    List<String> groups = groups(auth);
    return meetings.activeBranches().stream()
        .filter(b -> groups.contains(GroupIds.secretaries(b.code())))
        .toList();
  }

  private boolean secretaryOf(Authentication auth, List<Organization> branches) {
    List<String> groups = groups(auth);
    return branches.stream().anyMatch(b -> groups.contains(GroupIds.secretaries(b.code())));
  }

  private Map<Long, Member> membersById(long branchId) {
    return organizations.membersOf(branchId).stream()
        .collect(Collectors.toMap(Member::id, Function.identity()));
  }

  private static Map<Presence, Long> presenceCounts(List<Attendance> attendance) {
    Map<Presence, Long> counts = new LinkedHashMap<>();
    for (Presence p : Presence.values()) {
      counts.put(p, attendance.stream().filter(a -> a.presence() == p).count());
    }
    return counts;
  }
}

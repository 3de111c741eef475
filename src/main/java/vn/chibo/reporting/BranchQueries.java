package vn.chibo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionStage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingProperties;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.MeetingTaskActions;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.ResolutionService;

/**
 * What a branch's secretary, deputy and committee members find on the start page: the month's
 * meeting and the step it is at, the tasks of resolutions still owed, the admission cases, and the
 * members absent without reason. Six queries per branch, whatever its size: the people are read
 * once and looked up in memory.
 */
@Service
public class BranchQueries {

  private final MeetingService meetings;
  private final MeetingTaskActions meetingTasks;
  private final ResolutionService resolutions;
  private final AdmissionService admissions;
  private final OrganizationService organizations;
  private final Clock clock;

  BranchQueries(
      MeetingService meetings,
      MeetingTaskActions meetingTasks,
      ResolutionService resolutions,
      AdmissionService admissions,
      OrganizationService organizations,
      Clock clock) {
    this.meetings = meetings;
    this.meetingTasks = meetingTasks;
    this.resolutions = resolutions;
    this.admissions = admissions;
    this.organizations = organizations;
    this.clock = clock;
  }

  public BranchOverview overviewOf(Organization branch) {
    LocalDate today = LocalDate.now(clock);
    YearMonth month = YearMonth.from(today);
    Meeting meeting =
        meetings.meetingsOf(Set.of(branch.id()), month).stream()
            .filter(m -> m.kind() == MeetingKind.REGULAR)
            .findFirst()
            .orElse(null);
    List<String> steps =
        meeting == null
            ? List.of()
            : meetingTasks.openTasks(meeting.id()).stream().map(Task::getName).distinct().toList();
    Map<Long, Member> people =
        organizations.membersOf(branch.id()).stream()
            .collect(Collectors.toMap(Member::id, Function.identity()));

    List<BranchActionItem> items =
        resolutions.unfinishedOf(branch.id()).stream()
            .map(
                i ->
                    new BranchActionItem(
                        i, people.get(i.assigneeMemberId()), i.dueDate().isBefore(today)))
            .toList();

    Map<AdmissionStage, List<BranchCase>> cases = new EnumMap<>(AdmissionStage.class);
    for (AdmissionCase c : admissions.casesOf(List.of(branch.id()))) {
      if (!c.stage().isOpen()) {
        continue;
      }
      LocalDate due = c.currentDue();
      cases
          .computeIfAbsent(c.stage(), s -> new java.util.ArrayList<>())
          .add(
              new BranchCase(c, people.get(c.memberId()), due, due != null && due.isBefore(today)));
    }

    MeetingProperties rules = meetings.properties();
    LocalDate from = today.minusMonths(rules.absenceWindowMonths()).plusDays(1);
    List<Absentee> absentees =
        meetings.unexcusedAbsencesInBranch(branch.id(), from, today).entrySet().stream()
            .filter(e -> people.containsKey(e.getKey()) && e.getValue() > 0)
            .map(
                e ->
                    new Absentee(
                        people.get(e.getKey()),
                        e.getValue(),
                        e.getValue() >= rules.absenceThreshold()))
            .sorted(
                Comparator.comparing(Absentee::absences)
                    .reversed()
                    .thenComparing(a -> a.member().fullName()))
            .toList();

    return new BranchOverview(
        branch,
        month,
        meeting,
        steps,
        items,
        cases,
        absentees,
        rules.absenceThreshold(),
        rules.absenceWindowMonths());
  }

  /**
   * @param meeting this month's regular meeting; null when it has not been opened
   * @param steps the names of its open tasks, the steps it waits at
   * @param actionItems tasks of resolutions still owed (open, or reported not done), soonest due
   *     first
   * @param cases the open admission cases by stage, in the order of the process
   * @param absentees members with at least one unexcused absence in the window, most first
   */
  public record BranchOverview(
      Organization branch,
      YearMonth month,
      Meeting meeting,
      List<String> steps,
      List<BranchActionItem> actionItems,
      Map<AdmissionStage, List<BranchCase>> cases,
      List<Absentee> absentees,
      int absenceThreshold,
      int absenceWindowMonths) {

    public long overdueActionItems() {
      return actionItems.stream().filter(BranchActionItem::overdue).count();
    }

    public int openCases() {
      return cases.values().stream().mapToInt(List::size).sum();
    }
  }

  /**
   * @param assignee null when the person has left the branch's roll
   */
  public record BranchActionItem(ActionItem item, Member assignee, boolean overdue) {}

  /**
   * @param due the deadline of the step the case waits at, if a rule sets one
   */
  public record BranchCase(
      AdmissionCase admissionCase, Member applicant, LocalDate due, boolean overdue) {}

  /**
   * @param atThreshold at or over the threshold: the committee considers proposing removal
   */
  public record Absentee(Member member, int absences, boolean atThreshold) {}
}

package vn.chibo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;

/**
 * What an upper level (the leadership, standing committee or organisation board of a commune,
 * grassroots or provincial organisation) finds on the start page about the branches below it, this
 * month: which have not met, have no meeting opened, or had not sent the notice by its deadline;
 * admission cases past or near their deadline; and the KPI line of DOMAIN.md §7. At most six
 * queries whatever the number of branches: the month's meetings of all of them at once, the
 * quarter's earlier months likewise, the cases at once and their applicants at once.
 */
@Service
public class SubtreeQueries {

  private final MeetingService meetings;
  private final AdmissionService admissions;
  private final OrganizationService organizations;
  private final WorkingDayCalendar calendar;
  private final ReportingProperties properties;
  private final Clock clock;

  SubtreeQueries(
      MeetingService meetings,
      AdmissionService admissions,
      OrganizationService organizations,
      WorkingDayCalendar calendar,
      ReportingProperties properties,
      Clock clock) {
    this.meetings = meetings;
    this.admissions = admissions;
    this.organizations = organizations;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param root the organisation whose subtree it is
   * @param branches the active branches in that subtree
   * @param tree every organisation by id, to roll the branches up to the units directly below the
   *     root
   */
  public SubtreeOverview overviewOf(
      Organization root, List<Organization> branches, Map<Long, Organization> tree) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    YearMonth month = YearMonth.from(today);
    int limit = properties.listLimit();
    List<Organization> sorted =
        branches.stream().sorted(Comparator.comparing(Organization::code)).toList();
    Map<Long, Organization> byId =
        sorted.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    Set<Long> ids = byId.keySet();

    List<Meeting> ofMonth = meetings.meetingsOf(ids, month);
    Map<Long, Meeting> regular =
        ofMonth.stream()
            .filter(m -> m.kind() == MeetingKind.REGULAR)
            .collect(Collectors.toMap(Meeting::branchId, Function.identity(), (a, b) -> a));

    List<BranchLine> notMet = new ArrayList<>();
    List<BranchLine> notOpened = new ArrayList<>();
    List<BranchLine> noticeLate = new ArrayList<>();
    int met = 0;
    // Before a meeting is opened its notice deadline is the one the regular meeting day gives.
    LocalDateTime defaultNoticeDue =
        meetings
            .meetingDay(month)
            .atTime(meetings.properties().defaultStartTime())
            .minus(meetings.properties().noticeLead());
    Map<Long, UnitCounter> units = new LinkedHashMap<>();
    for (Organization b : sorted) {
      Meeting m = regular.get(b.id());
      BranchLine line = new BranchLine(b, m);
      UnitCounter unit = units.computeIfAbsent(unitOf(b, root, tree).id(), k -> new UnitCounter());
      unit.branches++;
      if (m != null && m.status().isHeld()) {
        met++;
        unit.met++;
      } else {
        notMet.add(line);
      }
      if (m == null) {
        notOpened.add(line);
        unit.notOpened++;
      }
      LocalDateTime noticeDue = m == null ? defaultNoticeDue : meetings.noticeDueAt(m);
      boolean sentInTime =
          m != null && m.noticeSentAt() != null && !m.noticeSentAt().isAfter(noticeDue);
      if (now.isAfter(noticeDue) && !sentInTime) {
        noticeLate.add(line);
        unit.noticeLate++;
      }
    }

    Set<Long> thematic = new HashSet<>();
    YearMonth quarterStart = month.minusMonths((month.getMonthValue() - 1) % 3);
    for (YearMonth q = quarterStart; !q.isAfter(month); q = q.plusMonths(1)) {
      for (Meeting m : q.equals(month) ? ofMonth : meetings.meetingsOf(ids, q)) {
        if (m.hasThematicPart() && m.status().isHeld()) {
          thematic.add(m.branchId());
        }
      }
    }

    LocalDate soon = calendar.addWorkingDays(today, properties.dueSoonWorkingDays());
    List<AdmissionCase> dueCases =
        admissions.casesOf(ids).stream()
            .filter(c -> c.stage().isOpen() && c.currentDue() != null)
            .filter(c -> !c.currentDue().isAfter(soon))
            .sorted(
                Comparator.comparing(AdmissionCase::currentDue).thenComparing(AdmissionCase::id))
            .toList();
    Map<Long, Member> applicants =
        organizations
            .members(dueCases.stream().map(AdmissionCase::memberId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Member::id, Function.identity()));
    for (AdmissionCase c : dueCases) {
      Organization b = byId.get(c.branchId());
      if (b != null) {
        units.get(unitOf(b, root, tree).id()).dueCases++;
      }
    }
    // Rolled up only where there is a level between the root and its branches (DOMAIN.md §7).
    boolean hasUnits =
        tree.values().stream()
            .anyMatch(o -> !o.isBranch() && o.parentId() != null && o.parentId() == root.id());
    List<UnitLine> unitLines =
        !hasUnits
            ? List.of()
            : units.entrySet().stream()
                .map(e -> e.getValue().line(tree.get(e.getKey())))
                .sorted(
                    Comparator.comparing((UnitLine u) -> u.unit().isBranch())
                        .thenComparing(u -> u.unit().code()))
                .toList();
    List<DueCase> caseLines =
        dueCases.stream()
            .map(
                c ->
                    new DueCase(
                        c,
                        byId.get(c.branchId()),
                        applicants.get(c.memberId()),
                        c.currentDue().isBefore(today)))
            .toList();

    return new SubtreeOverview(
        root,
        month,
        sorted.size(),
        unitLines,
        new Listing<>(notMet, limit),
        new Listing<>(notOpened, limit),
        new Listing<>(noticeLate, limit),
        defaultNoticeDue,
        now.isAfter(defaultNoticeDue),
        new Listing<>(caseLines, limit),
        properties.dueSoonWorkingDays(),
        new Share(met, sorted.size()),
        new Share(thematic.size(), sorted.size()),
        quarterStart.getMonthValue() / 3 + 1,
        month.getYear());
  }

  /**
   * @param branches how many active branches the subtree has
   * @param units the same counts per organisation directly below the root; empty when the root has
   *     only branches below it
   * @param noticeDue the notice deadline of the month's regular meeting day
   * @param noticeDuePassed whether that deadline has passed (before it, no branch is late)
   * @param met share of branches whose regular meeting of the month has taken place
   * @param thematic share of branches that held a thematic meeting (or part) this quarter
   */
  public record SubtreeOverview(
      Organization root,
      YearMonth month,
      int branches,
      List<UnitLine> units,
      Listing<BranchLine> notMet,
      Listing<BranchLine> notOpened,
      Listing<BranchLine> noticeLate,
      LocalDateTime noticeDue,
      boolean noticeDuePassed,
      Listing<DueCase> dueCases,
      int dueSoonWorkingDays,
      Share met,
      Share thematic,
      int quarter,
      int year) {

    /** The quarter as Vietnamese documents write it: I, II, III, IV. */
    public String quarterLabel() {
      return switch (quarter) {
        case 1 -> "I";
        case 2 -> "II";
        case 3 -> "III";
        default -> "IV";
      };
    }

    public long overdueCases() {
      return dueCases.all().stream().filter(DueCase::overdue).count();
    }
  }

  /**
   * The organisation directly below the root on the branch's way up: a commune or grassroots
   * organisation, or the branch itself when it hangs directly under the root.
   */
  private static Organization unitOf(
      Organization branch, Organization root, Map<Long, Organization> organizations) {
    Organization current = branch;
    for (int guard = 0; guard <= organizations.size(); guard++) {
      Organization parent =
          current.parentId() == null ? null : organizations.get(current.parentId());
      if (parent == null || parent.id() == root.id()) {
        return current;
      }
      current = parent;
    }
    return current;
  }

  private static final class UnitCounter {
    int branches;
    int met;
    int notOpened;
    int noticeLate;
    int dueCases;

    UnitLine line(Organization unit) {
      return new UnitLine(unit, branches, met, notOpened, noticeLate, dueCases);
    }
  }

  /**
   * One organisation directly below the root, with the counts of its branches.
   *
   * @param unit a committee, or a branch directly under the root
   */
  public record UnitLine(
      Organization unit, int branches, int met, int notOpened, int noticeLate, int dueCases) {}

  /**
   * @param meeting the month's regular meeting, or null when it has not been opened
   */
  public record BranchLine(Organization branch, Meeting meeting) {}

  public record DueCase(
      AdmissionCase admissionCase, Organization branch, Member applicant, boolean overdue) {}

  /** A list as shown: the first {@code limit} rows, and how many there are in all. */
  public record Listing<T>(List<T> all, int limit) {

    public List<T> shown() {
      return all.size() <= limit ? all : all.subList(0, limit);
    }

    public int count() {
      return all.size();
    }

    public int hidden() {
      return Math.max(0, all.size() - limit);
    }

    public boolean isEmpty() {
      return all.isEmpty();
    }
  }
}

package vn.chibo.admission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * The probation cases a person covers as cards with their current deadline, for the probation board
 * and for the section other boards include ({@code probation/board-section}), which asks this bean
 * by name so that including it needs nothing from the including page's controller.
 */
@Component("probationBoard")
public class ProbationBoard {

  private final ProbationService probation;
  private final ProbationAccess access;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  ProbationBoard(
      ProbationService probation,
      ProbationAccess access,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.probation = probation;
    this.access = access;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Which deadline a case runs against now; its name is the page's message. */
  public enum DeadlineKind {
    /** The branch votes within the configured working days after probation ends. */
    VOTE,
    /** The superior committee concludes after the branch could not reach the threshold. */
    SUPERIOR,
    /** The competent committee decides (after an extension, the new day). */
    DECISION
  }

  /**
   * A deadline as people read it.
   *
   * @param workingDaysLeft working days from today to the deadline, negative once it passed
   */
  public record Deadline(DeadlineKind kind, LocalDate date, int workingDaysLeft, boolean overdue) {

    public int overdueDays() {
      return -workingDaysLeft;
    }

    public boolean dueToday() {
      return !overdue && workingDaysLeft == 0;
    }
  }

  /** One case on a board. */
  public record Card(ProbationCase probationCase, String member, String branch, Deadline deadline) {

    public boolean overdue() {
      return deadline != null && deadline.overdue();
    }
  }

  /** The deadline the case runs against at its status; null once it has ended. */
  public Deadline deadline(ProbationCase c) {
    if (!c.status().isOpen()) {
      return null;
    }
    return switch (c.status()) {
      case SUPERIOR_REVIEW -> deadline(DeadlineKind.SUPERIOR, c.superiorDue());
      case COMMITTEE_DECISION -> deadline(DeadlineKind.DECISION, c.decisionDue());
      default -> deadline(DeadlineKind.VOTE, c.voteDue());
    };
  }

  Deadline deadline(DeadlineKind kind, LocalDate due) {
    if (due == null) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    return new Deadline(kind, due, calendar.workingDaysBetween(today, due), due.isBefore(today));
  }

  /** The cards of these cases, whose branches are among {@code branches}. */
  List<Card> cards(List<ProbationCase> cases, List<Organization> branches) {
    Map<Long, Organization> byId =
        branches.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    Map<Long, Member> members = probation.membersOf(cases);
    List<Card> cards = new ArrayList<>();
    for (ProbationCase c : cases) {
      Organization branch = byId.get(c.branchId());
      Member member = members.get(c.memberId());
      cards.add(
          new Card(
              c,
              member == null ? "" : member.fullName(),
              branch == null ? "" : branch.name(),
              deadline(c)));
    }
    return cards;
  }

  /** Soonest deadline first; cases without one last, oldest key first. */
  static List<Card> byDeadline(List<Card> cards) {
    List<Card> sorted = new ArrayList<>(cards);
    sorted.sort(
        Comparator.comparing(
                (Card k) -> k.deadline() == null ? null : k.deadline().date(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(k -> k.probationCase().id()));
    return sorted;
  }

  /** The open cases of every branch the person covers, soonest deadline first. */
  public List<Card> openCards(Authentication auth) {
    if (auth == null) {
      return List.of();
    }
    List<Organization> branches = access.coveredBranches(auth);
    if (branches.isEmpty()) {
      return List.of();
    }
    List<ProbationCase> open =
        probation.casesOf(branches.stream().map(Organization::id).toList()).stream()
            .filter(c -> c.status().isOpen())
            .toList();
    return byDeadline(cards(open, branches));
  }
}

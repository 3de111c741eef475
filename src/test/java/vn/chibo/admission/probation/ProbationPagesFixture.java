package vn.chibo.admission.probation;

import static vn.chibo.admission.probation.ProbationTestSupport.mentorReport;
import static vn.chibo.admission.probation.ProbationTestSupport.opinions;
import static vn.chibo.admission.probation.ProbationTestSupport.selfReview;
import static vn.chibo.admission.probation.ProbationTestSupport.vote;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;

/**
 * Probation cases for the page and browser tests, on today's clock (they share the application with
 * other tests, so the clock is never moved): the demo data's probationary members, and cases
 * further on in branches of their own under Mỹ Bằng (six official members, so a proposal needs four
 * votes), so that the demo branches' rolls other tests count never change.
 */
public final class ProbationPagesFixture {

  private final ProbationTestSupport support;
  private final ProbationService probation;
  private final OrganizationService organizations;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  private ProbationPagesFixture(ApplicationContext context) {
    this.probation = context.getBean(ProbationService.class);
    this.organizations = context.getBean(OrganizationService.class);
    this.calendar = context.getBean(WorkingDayCalendar.class);
    this.clock = context.getBean(Clock.class);
    this.support =
        new ProbationTestSupport(
            context.getBean(JdbcClient.class),
            organizations,
            probation,
            context.getBean(RuntimeService.class),
            context.getBean(IdentityService.class),
            context.getBean(TaskService.class),
            context.getBean(ManagementService.class));
  }

  public static ProbationPagesFixture of(ApplicationContext context) {
    return new ProbationPagesFixture(context);
  }

  /** A probationary member of the demo branch who has no open case yet (the demo has two). */
  public Member demoProbationaryWithoutCase(String branchCode) {
    long branch = organizations.organization(branchCode).orElseThrow().id();
    return probation.probationaryWithoutCase(branch).stream()
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no probationary member without a case in " + branchCode));
  }

  /**
   * A case and what the pages should say about it.
   *
   * @param member the member's full name
   * @param branch the branch's name
   */
  public record Case(
      String caseId,
      long memberId,
      String member,
      String branch,
      LocalDate probationEnd,
      LocalDate voteDue,
      LocalDate decisionDue) {}

  /**
   * Probation ended a few days ago: the member's self-review is open, the branch's vote is still
   * ahead. Branch PT{@code n}.
   */
  public Case justEnded(int n) {
    var branch = support.branch(n, "MB", 6);
    LocalDate ceremony = LocalDate.now(clock).minusMonths(12).minusDays(3);
    long memberId = support.probationary(branch, 6, ceremony);
    String caseId =
        probation.open(memberId, ceremony, branch.officials().get(1), branch.secretary());
    support.driver.runDueJobs(support.instance(caseId).getId());
    return describe(caseId, branch.code());
  }

  /**
   * Probation ended three months ago; the branch voted twice in the days after (the first time
   * neither proposal reached four votes, the second proposed recognition), and the decision of the
   * standing committee of Mỹ Bằng (huytq, nhunglth) is overdue. Branch PT{@code n}.
   */
  public Case waitingForALateDecision(int n) {
    var branch = support.branch(n, "MB", 6);
    LocalDate today = LocalDate.now(clock);
    LocalDate ceremony = today.minusMonths(15);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(1);
    String caseId = probation.open(memberId, ceremony, mentorId, branch.secretary());
    ProcessInstance pi = support.instance(caseId);
    support.driver.runDueJobs(pi.getId());
    support.complete(support.user(memberId), pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    support.complete(
        support.user(mentorId),
        pi,
        ProbationProcess.WRITE_MENTOR_REPORT,
        mentorReport("RECOGNITION"));
    support.complete(branch.secretary(), pi, ProbationProcess.COLLECT_OPINIONS, opinions());
    LocalDate end = probation.probationCase(caseId).probationEnd();
    LocalDate first = calendar.nextWorkingDay(end.plusDays(1));
    support.complete(branch.secretary(), pi, ProbationProcess.RECORD_VOTE, vote(first, 3, 2));
    LocalDate second = calendar.nextWorkingDay(first.plusDays(7));
    support.complete(branch.secretary(), pi, ProbationProcess.RECORD_VOTE, vote(second, 5, 0));
    return describe(caseId, branch.code());
  }

  private Case describe(String caseId, String branchCode) {
    ProbationCase c = probation.probationCase(caseId);
    return new Case(
        caseId,
        c.memberId(),
        support.fullName(c.memberId()),
        organizations.organization(branchCode).orElseThrow().name(),
        c.probationEnd(),
        c.voteDue(),
        c.decisionDue());
  }
}

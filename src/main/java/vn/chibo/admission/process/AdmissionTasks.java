package vn.chibo.admission.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionService.DecisionOutcome;
import vn.chibo.admission.IntroducerLine;
import vn.chibo.admission.Verification;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.workflow.FormTask;
import vn.chibo.workflow.FormTask.Submission;
import vn.chibo.workflow.InvalidInputException;

/** The task listeners of {@code MemberAdmissionProcess}, one per user task. */
final class AdmissionTasks {

  private AdmissionTasks() {}

  /** What every form of the case shows at its head. */
  abstract static class CaseTask extends FormTask {

    final AdmissionService admissions;

    CaseTask(AdmissionService admissions) {
      this.admissions = admissions;
    }

    AdmissionCase admissionCase(DelegateTask task) {
      return admissions.admissionCase(businessKey(task));
    }

    Map<String, Object> head(AdmissionCase c) {
      Map<String, Object> values = new HashMap<>();
      values.put("caseSummary", admissions.summary(c));
      values.put("caseLink", "/admissions/" + c.id());
      return values;
    }
  }

  /**
   * {@code UserTask_AssignMentor}: the form is the app's page (a choice among the branch's
   * members); API clients send {@code mentorMemberId}.
   */
  @Component("assignMentorTask")
  static class AssignMentorTask extends CaseTask {

    AssignMentorTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      return Map.of();
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      Integer mentor = in.integer("mentorMemberId");
      admissions.assignMentor(
          businessKey(task), mentor == null ? null : mentor.longValue(), actor(task));
    }
  }

  /**
   * {@code UserTask_CompileDossier}: documents are uploaded on the case page; completing the task
   * sends the typed facts of the dossier. Sets {@code verificationIds}.
   */
  @Component("compileDossierTask")
  static class CompileDossierTask extends CaseTask {

    CompileDossierTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      return Map.of();
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      List<IntroducerLine> introducers = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Integer member = in.integer("introducer" + i + "MemberId");
        Integer months = in.integer("introducer" + i + "Months");
        Boolean replacement = in.bool("introducer" + i + "Replacement");
        if (member == null) {
          continue;
        }
        if (months == null) {
          throw new InvalidInputException(
              "introducer" + i + "Months", "chưa nhập số tháng người giới thiệu cùng công tác");
        }
        introducers.add(new IntroducerLine(member, months, Boolean.TRUE.equals(replacement)));
      }
      List<Long> ids =
          admissions.submitDossier(
              businessKey(task),
              new AdmissionService.Dossier(
                  in.string("education"),
                  in.bool("educationExemption"),
                  in.bool("organisationIntroduction"),
                  introducers,
                  in.string("fatherName"),
                  in.string("motherName"),
                  in.string("guardianName"),
                  in.string("parentsInLaw"),
                  in.string("spouseName"),
                  in.string("adultChildren")),
              actor(task));
      task.getExecution().setVariable("verificationIds", ids);
    }
  }

  /** {@code UserTask_VerifyBackground}: one instance per person, {@code verificationId}. */
  @Component("verifyBackgroundTask")
  static class VerifyBackgroundTask extends CaseTask {

    VerifyBackgroundTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      Map<String, Object> values = head(admissionCase(task));
      Verification v = admissions.verification(verificationId(task)).orElseThrow();
      values.put("verificationSubject", v.relation().label() + ": " + v.personName());
      values.put("verificationResult", null);
      values.put("verificationNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      admissions.recordVerification(
          businessKey(task),
          verificationId(task),
          in.choice("verificationResult", "CLEAR", "CONCERN"),
          in.string("verificationNote"),
          actor(task));
    }

    private static long verificationId(DelegateTask task) {
      return ((Number) task.getExecution().getVariable("verificationId")).longValue();
    }
  }

  /**
   * {@code UserTask_RecordBranchVote}: sets {@code branchVotePassed} and the decision's due date.
   */
  @Component("recordBranchVoteTask")
  static class RecordBranchVoteTask extends CaseTask {

    private final WorkingDayCalendar calendar;

    RecordBranchVoteTask(AdmissionService admissions, WorkingDayCalendar calendar) {
      super(admissions);
      this.calendar = calendar;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      VoteOutcome preview = admissions.votePreview(c);
      values.put(
          "voteBaseSummary",
          "Chi bộ có "
              + preview.base()
              + " đảng viên chính thức: cần ít nhất "
              + preview.required()
              + " đồng chí tán thành (hai phần ba tổng số đảng viên chính thức, không phải số có"
              + " mặt); đảng viên miễn sinh hoạt vắng mặt không tính vào tổng số. Xét từng người"
              + " một.");
      values.put("voteDate", null);
      values.put("votesFor", null);
      values.put("votesAgainst", null);
      values.put("votesAbstain", null);
      values.put("exemptedAbsent", 0);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String id = businessKey(task);
      VoteOutcome outcome =
          admissions.recordBranchVote(
              id,
              in.string("voteDate"),
              in.integer("votesFor"),
              in.integer("votesAgainst"),
              in.integer("votesAbstain"),
              in.integer("exemptedAbsent"),
              actor(task));
      task.getExecution().setVariable("branchVotePassed", outcome.passed());
      if (outcome.passed()) {
        task.getExecution()
            .setVariable(
                "decisionDueAt", calendar.endOfDay(admissions.admissionCase(id).decisionDue()));
      }
    }
  }

  /** {@code UserTask_ReviewAdmission}: sets {@code reviewPassed}. */
  @Component("reviewAdmissionTask")
  static class ReviewAdmissionTask extends CaseTask {

    ReviewAdmissionTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      values.put("voteSummary", admissions.voteSummary(c));
      values.put("reviewDecision", null);
      values.put("reviewNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String decision = in.choice("reviewDecision", "APPROVE", "REJECT");
      boolean passed =
          admissions.review(
              businessKey(task),
              decision == null ? null : "APPROVE".equals(decision),
              in.string("reviewNote"),
              actor(task));
      task.getExecution().setVariable("reviewPassed", passed);
      if (!passed) {
        task.getExecution().setVariable("admitted", false);
      }
    }
  }

  /**
   * {@code UserTask_DecideAdmission}: sets {@code decisionExtended}, {@code admitted} and the due
   * dates that follow.
   */
  @Component("decideAdmissionTask")
  static class DecideAdmissionTask extends CaseTask {

    private final WorkingDayCalendar calendar;

    DecideAdmissionTask(AdmissionService admissions, WorkingDayCalendar calendar) {
      super(admissions);
      this.calendar = calendar;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      values.put("voteSummary", admissions.voteSummary(c));
      values.put(
          "decisionDueText",
          MeetingTexts.date(c.decisionDue())
              + (c.decisionExtensionDays() == null
                  ? ""
                  : " (đã gia hạn " + c.decisionExtensionDays() + " ngày làm việc)"));
      var competent = admissions.routing(c).competent();
      values.put(
          "committeeSummary",
          competent.name()
              + " có "
              + admissions.committeeSize(competent)
              + " cấp ủy viên; quyết định kết nạp cần ít nhất hai phần ba tán thành.");
      values.put("admissionDecision", null);
      values.put("committeeVotesFor", null);
      values.put("decisionNumber", null);
      values.put("decisionDate", null);
      values.put("extensionDays", null);
      values.put("decisionReason", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String id = businessKey(task);
      DecisionOutcome outcome =
          admissions.decide(
              id,
              in.choice("admissionDecision", "APPROVE", "REJECT", "EXTEND"),
              in.string("decisionNumber"),
              in.string("decisionDate"),
              in.integer("extensionDays"),
              in.string("decisionReason"),
              in.integer("committeeVotesFor"),
              actor(task));
      AdmissionCase c = admissions.admissionCase(id);
      var execution = task.getExecution();
      execution.setVariable("decisionExtended", outcome == DecisionOutcome.EXTENDED);
      execution.setVariable("admitted", outcome == DecisionOutcome.APPROVED);
      if (outcome == DecisionOutcome.EXTENDED) {
        execution.setVariable("decisionDueAt", calendar.endOfDay(c.decisionDue()));
      }
      if (outcome == DecisionOutcome.APPROVED) {
        execution.setVariable("ceremonyDueAt", calendar.endOfDay(c.ceremonyDue()));
      }
    }
  }

  /** {@code UserTask_ApproveLateCeremony}: sets {@code lateCeremonyApproved}. */
  @Component("approveLateCeremonyTask")
  static class ApproveLateCeremonyTask extends CaseTask {

    ApproveLateCeremonyTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      values.put("ceremonyDueText", MeetingTexts.date(c.ceremonyDue()));
      values.put("lateCeremonyDecision", null);
      values.put("lateCeremonyNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String decision = in.choice("lateCeremonyDecision", "APPROVE", "REFUSE");
      boolean approved =
          admissions.decideLateCeremony(
              businessKey(task),
              decision == null ? null : "APPROVE".equals(decision),
              in.string("lateCeremonyNote"),
              actor(task));
      task.getExecution().setVariable("lateCeremonyApproved", approved);
    }
  }

  /** {@code UserTask_HoldCeremony}: sets the new member's file due date. */
  @Component("holdCeremonyTask")
  static class HoldCeremonyTask extends CaseTask {

    private final WorkingDayCalendar calendar;

    HoldCeremonyTask(AdmissionService admissions, WorkingDayCalendar calendar) {
      super(admissions);
      this.calendar = calendar;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      values.put(
          "decisionSummary", c.decisionNumber() + " ngày " + MeetingTexts.date(c.decisionDate()));
      values.put("ceremonyDueText", MeetingTexts.date(c.ceremonyDue()));
      values.put("ceremonyDate", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      AdmissionCase c =
          admissions.holdCeremony(businessKey(task), in.string("ceremonyDate"), actor(task));
      task.getExecution().setVariable("memberFileDueAt", calendar.endOfDay(c.memberFileDue()));
    }
  }

  /** {@code UserTask_CompleteMemberFile}. */
  @Component("completeMemberFileTask")
  static class CompleteMemberFileTask extends CaseTask {

    CompleteMemberFileTask(AdmissionService admissions) {
      super(admissions);
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      AdmissionCase c = admissionCase(task);
      Map<String, Object> values = head(c);
      values.put("memberFileDueText", MeetingTexts.date(c.memberFileDue()));
      values.put("memberFileCompleted", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      admissions.completeMemberFile(
          businessKey(task), in.string("memberFileCompleted"), actor(task));
    }
  }
}

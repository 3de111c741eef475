package vn.chibo.admission.probation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationOutcome;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.admission.probation.ProbationService.DecisionStep;
import vn.chibo.admission.probation.ProbationService.VoteBase;
import vn.chibo.admission.probation.ProbationService.VoteStep;
import vn.chibo.admission.probation.ProbationTexts;
import vn.chibo.admission.probation.ProbationVote;
import vn.chibo.workflow.FormTask;
import vn.chibo.workflow.FormTask.Submission;

/** The task listeners of {@code ProbationProcess}, one per user task. */
final class ProbationTasks {

  private ProbationTasks() {}

  private static final String RECOGNITION = ProbationOutcome.RECOGNITION.name();
  private static final String REMOVAL = ProbationOutcome.REMOVAL.name();

  private static ProbationOutcome outcome(String choice) {
    return choice == null ? null : ProbationOutcome.valueOf(choice);
  }

  /** What the member and the mentor wrote and the opinions collected, for the later steps. */
  /** Where the case's documents and attachments are: its page, at the documents section. */
  static String documentsLink(ProbationCase c) {
    return "/probations/" + c.id() + "#tai-lieu";
  }

  static String reviewText(ProbationCase c) {
    StringBuilder sb = new StringBuilder();
    if (c.selfReviewStrengths() != null) {
      sb.append("Tự kiểm điểm – ưu điểm: ").append(c.selfReviewStrengths()).append('\n');
      sb.append("Tự kiểm điểm – khuyết điểm, hạn chế: ")
          .append(c.selfReviewShortcomings())
          .append('\n');
    }
    if (c.mentorAssessment() != null) {
      sb.append("Nhận xét của đảng viên giúp đỡ: ").append(c.mentorAssessment()).append('\n');
      sb.append("Đảng viên giúp đỡ đề nghị: ")
          .append(c.mentorRecommendation().label().toLowerCase(java.util.Locale.ROOT))
          .append('\n');
    }
    if (c.workplaceOpinion() != null) {
      sb.append("Ý kiến đoàn thể nơi công tác: ").append(c.workplaceOpinion()).append('\n');
      sb.append("Ý kiến nơi cư trú: ").append(c.residenceOpinion()).append('\n');
    }
    return sb.toString();
  }

  static String votesText(List<ProbationVote> votes) {
    StringBuilder sb = new StringBuilder();
    for (ProbationVote v : votes) {
      sb.append("Lần ")
          .append(v.round())
          .append(" (")
          .append(ProbationTexts.date(v.voteDate()))
          .append("): ")
          .append(v.votesForRecognition())
          .append(" phiếu công nhận, ")
          .append(v.votesForRemoval())
          .append(" phiếu xóa tên; cần ")
          .append(v.required())
          .append(" trên ")
          .append(v.base())
          .append(" đảng viên chính thức.\n");
    }
    return sb.toString();
  }

  private static String due(LocalDate due, LocalDate today) {
    return ProbationTexts.date(due) + (today.isAfter(due) ? " (đã quá hạn)" : "");
  }

  /** {@code UserTask_WriteSelfReview} (mẫu 10-KNĐ). */
  @Component("writeSelfReviewTask")
  static class WriteSelfReviewTask extends FormTask {

    private final ProbationService probation;

    WriteSelfReviewTask(ProbationService probation) {
      this.probation = probation;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      ProbationCase c = probation.probationCase(businessKey(task));
      Map<String, Object> values = new HashMap<>();
      values.put(
          "selfReviewSummary",
          probation.summary(c)
              + " Bản tự kiểm điểm nêu ưu điểm, khuyết điểm về phẩm chất chính trị, đạo đức, lối"
              + " sống, ý thức tổ chức kỷ luật và việc thực hiện nhiệm vụ trong thời gian dự bị.");
      values.put("selfReviewStrengths", null);
      values.put("selfReviewShortcomings", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      probation.submitSelfReview(
          businessKey(task),
          in.string("selfReviewStrengths"),
          in.string("selfReviewShortcomings"),
          actor(task));
    }
  }

  /** {@code UserTask_WriteMentorReport} (mẫu 11-KNĐ). */
  @Component("writeMentorReportTask")
  static class WriteMentorReportTask extends FormTask {

    private final ProbationService probation;

    WriteMentorReportTask(ProbationService probation) {
      this.probation = probation;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      ProbationCase c = probation.probationCase(businessKey(task));
      Map<String, Object> values = new HashMap<>();
      values.put(
          "mentorReportSummary",
          probation.summary(c)
              + probation
                  .mentorOf(c)
                  .map(m -> " Đảng viên giúp đỡ: đồng chí " + m.fullName() + ".")
                  .orElse(" Chi bộ chưa phân công đảng viên giúp đỡ: chi ủy nhận xét."));
      values.put("selfReviewText", reviewText(c));
      values.put("mentorAssessment", null);
      values.put("mentorRecommendation", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      probation.submitMentorReport(
          businessKey(task),
          in.string("mentorAssessment"),
          outcome(in.choice("mentorRecommendation", RECOGNITION, REMOVAL)),
          actor(task));
    }
  }

  /** {@code UserTask_CollectOpinions} (mẫu 12-KNĐ). */
  @Component("collectOpinionsTask")
  static class CollectOpinionsTask extends FormTask {

    private final ProbationService probation;

    CollectOpinionsTask(ProbationService probation) {
      this.probation = probation;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      ProbationCase c = probation.probationCase(businessKey(task));
      Map<String, Object> values = new HashMap<>();
      values.put(
          "opinionsSummary",
          probation.summary(c)
              + " Tổng hợp ý kiến nhận xét của các đoàn thể chính trị – xã hội nơi đảng viên công"
              + " tác và của chi ủy, chi bộ nơi đảng viên cư trú.");
      values.put("reviewText", reviewText(c));
      values.put("workplaceOpinion", null);
      values.put("residenceOpinion", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      probation.submitOpinions(
          businessKey(task),
          in.string("workplaceOpinion"),
          in.string("residenceOpinion"),
          actor(task));
    }
  }

  /**
   * {@code UserTask_RecordRecognitionVote}: sets {@code voteConclusive}, {@code
   * superiorReviewNeeded} and the due date of the step that follows.
   */
  @Component("recordRecognitionVoteTask")
  static class RecordRecognitionVoteTask extends FormTask {

    private final ProbationService probation;
    private final ProbationProcess process;
    private final Clock clock;

    RecordRecognitionVoteTask(ProbationService probation, ProbationProcess process, Clock clock) {
      this.probation = probation;
      this.process = process;
      this.clock = clock;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      ProbationCase c = probation.probationCase(id);
      LocalDate today = LocalDate.now(clock);
      VoteBase base = probation.voteBase(id, today);
      List<ProbationVote> votes = probation.votes(id);
      Map<String, Object> values = new HashMap<>();
      values.put(
          "voteSummary",
          probation.summary(c)
              + " Lần biểu quyết thứ "
              + (votes.size() + 1)
              + " (tối đa "
              + probation.properties().votes()
              + " lần), hạn "
              + due(c.voteDue(), today)
              + ". Chi bộ hiện có "
              + base.officialMembers()
              + " đảng viên chính thức"
              + (base.exemptedMembers() > 0
                  ? " (không tính " + base.exemptedMembers() + " đảng viên miễn sinh hoạt)"
                  : "")
              + "; một đề nghị cần ít nhất "
              + base.required()
              + " phiếu tán thành. Đảng viên dự bị không biểu quyết.");
      values.put("reviewText", reviewText(c) + votesText(votes));
      values.put("caseLink", documentsLink(c));
      values.put("voteDate", null);
      values.put("votesForRecognition", null);
      values.put("votesForRemoval", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      VoteStep step =
          probation.recordVote(
              businessKey(task),
              in.string("voteDate"),
              in.integer("votesForRecognition"),
              in.integer("votesForRemoval"),
              actor(task));
      var execution = task.getExecution();
      execution.setVariable("voteConclusive", step.conclusive());
      execution.setVariable("superiorReviewNeeded", step.superiorReviewNeeded());
      if (step.conclusive()) {
        execution.setVariable("decisionDueAt", process.endOfDay(step.nextDue()));
      } else if (step.superiorReviewNeeded()) {
        execution.setVariable("superiorReviewDueAt", process.endOfDay(step.nextDue()));
      }
    }
  }

  /** {@code UserTask_ReviewAtSuperior}: sets the decision's due date. */
  @Component("reviewAtSuperiorTask")
  static class ReviewAtSuperiorTask extends FormTask {

    private final ProbationService probation;
    private final ProbationProcess process;

    ReviewAtSuperiorTask(ProbationService probation, ProbationProcess process) {
      this.probation = probation;
      this.process = process;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      ProbationCase c = probation.probationCase(id);
      List<ProbationVote> votes = probation.votes(id);
      Map<String, Object> values = new HashMap<>();
      values.put(
          "superiorSummary",
          probation.summary(c)
              + " Chi bộ đã biểu quyết "
              + votes.size()
              + " lần mà không đề nghị nào đạt tỷ lệ quy định. Cấp ủy cấp trên trực tiếp xem xét,"
              + " kết luận đề nghị công nhận đảng viên chính thức hay xóa tên, trình cấp ủy có"
              + " thẩm quyền quyết định.");
      values.put("reviewText", reviewText(c) + votesText(votes));
      values.put("caseLink", documentsLink(c));
      values.put("superiorConclusion", null);
      values.put("superiorNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      LocalDate due =
          probation.concludeAtSuperior(
              businessKey(task),
              outcome(in.choice("superiorConclusion", RECOGNITION, REMOVAL)),
              in.string("superiorNote"),
              actor(task));
      task.getExecution().setVariable("decisionDueAt", process.endOfDay(due));
    }
  }

  /**
   * {@code UserTask_DecideRecognition}: sets {@code decisionExtended} and {@code recognised}; after
   * an extension, the new due date.
   */
  @Component("decideRecognitionTask")
  static class DecideRecognitionTask extends FormTask {

    private final ProbationService probation;
    private final ProbationProcess process;

    DecideRecognitionTask(ProbationService probation, ProbationProcess process) {
      this.probation = probation;
      this.process = process;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      ProbationCase c = probation.probationCase(id);
      StringBuilder summary = new StringBuilder(probation.summary(c));
      summary
          .append(' ')
          .append(
              ProbationCase.FROM_SUPERIOR.equals(c.proposalSource())
                  ? "Cấp ủy cấp trên trực tiếp"
                  : "Chi bộ")
          .append(" đề nghị: ")
          .append(c.proposal().label().toLowerCase(java.util.Locale.ROOT))
          .append(" (ngày ")
          .append(ProbationTexts.date(c.proposalDate()))
          .append("). Hạn quyết định: ")
          .append(ProbationTexts.date(c.decisionDue()));
      if (c.extensions() > 0) {
        summary
            .append(", đã gia hạn ")
            .append(c.extensions())
            .append(" lần (")
            .append(c.extensionReason())
            .append(')');
      }
      summary
          .append(". Nếu công nhận, đảng viên là đảng viên chính thức kể từ ngày ")
          .append(ProbationTexts.date(c.probationEnd()))
          .append(", ngày hết thời gian dự bị. Được gia hạn tối đa ")
          .append(probation.properties().extensions())
          .append(" lần, mỗi lần không quá ")
          .append(probation.properties().extensionWorkingDays())
          .append(" ngày làm việc.");
      Map<String, Object> values = new HashMap<>();
      values.put("decisionSummary", summary.toString());
      values.put("reviewText", reviewText(c) + votesText(probation.votes(id)));
      values.put("caseLink", documentsLink(c));
      values.put("committeeDecision", null);
      values.put("decisionNumber", null);
      values.put("decisionDate", null);
      values.put("extensionWorkingDays", null);
      values.put("extensionReason", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      DecisionStep step =
          probation.decide(
              businessKey(task),
              in.choice("committeeDecision", RECOGNITION, REMOVAL, ProbationService.EXTENSION),
              in.string("decisionNumber"),
              in.string("decisionDate"),
              in.integer("extensionWorkingDays"),
              in.string("extensionReason"),
              actor(task));
      var execution = task.getExecution();
      execution.setVariable("decisionExtended", step.extended());
      execution.setVariable("recognised", step.recognised());
      if (step.extended()) {
        execution.setVariable("decisionDueAt", process.endOfDay(step.decisionDue()));
      }
    }
  }
}

package vn.chibo.meeting.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.AgendaSection;
import vn.chibo.meeting.Attendance;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Presence;
import vn.chibo.meeting.RecordInput;
import vn.chibo.organization.Member;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.workflow.FormTask;
import vn.chibo.workflow.FormTask.Submission;
import vn.chibo.workflow.InvalidInputException;

/** The task listeners of {@code BranchMeetingProcess}, one per user task. */
final class MeetingTasks {

  private MeetingTasks() {}

  /** The form field with the link to the meeting page's documents and attachments. */
  static final String DOCUMENTS_LINK = "documentsLink";

  /** Where the meeting's documents and attachments are: its page, at the documents section. */
  static String documentsLink(String meetingId) {
    return "/meetings/" + meetingId + "#tai-lieu";
  }

  static String agendaText(List<AgendaItem> agenda) {
    StringBuilder sb = new StringBuilder();
    AgendaSection current = null;
    for (AgendaItem item : agenda) {
      if (item.section() != current) {
        current = item.section();
        sb.append(sb.isEmpty() ? "" : "\n").append(current.label()).append(":\n");
      }
      sb.append("- ").append(item.title()).append('\n');
    }
    return sb.toString();
  }

  /** {@code UserTask_PrepareContent}. */
  @Component("prepareContentTask")
  static class PrepareContentTask extends FormTask {

    private final MeetingService meetings;

    PrepareContentTask(MeetingService meetings) {
      this.meetings = meetings;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      return meetings.preparationValues(businessKey(task));
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      meetings.submitPreparation(
          businessKey(task),
          new MeetingService.Preparation(
              in.string("agendaPolitical"),
              in.string("agendaTasks"),
              in.string("agendaPartyBuilding"),
              in.string("thematicTopic"),
              in.string("draftResolution"),
              in.string("meetingTime"),
              in.string("meetingPlace")),
          actor(task));
    }
  }

  /** {@code UserTask_AgreeContent}: sets {@code contentApproved}. */
  @Component("agreeContentTask")
  static class AgreeContentTask extends FormTask {

    private final MeetingService meetings;
    private final ResolutionService resolutions;

    AgreeContentTask(MeetingService meetings, ResolutionService resolutions) {
      this.meetings = meetings;
      this.resolutions = resolutions;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      Meeting m = meetings.meeting(id);
      Map<String, Object> values = new HashMap<>();
      values.put("meetingSummary", MeetingTexts.summary(m, meetings.branchOf(m)));
      values.put("agendaSummary", agendaText(meetings.agenda(id)));
      values.put(DOCUMENTS_LINK, documentsLink(id));
      values.put("draftResolution", resolutions.resolution(id).map(Resolution::draft).orElse(""));
      values.put("agreementDecision", null);
      values.put("agreementComment", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String decision = in.choice("agreementDecision", "APPROVE", "SEND_BACK");
      Boolean approved = decision == null ? null : "APPROVE".equals(decision);
      meetings.decideAgreement(
          businessKey(task), approved, in.string("agreementComment"), actor(task));
      task.getExecution().setVariable("contentApproved", approved);
    }
  }

  /**
   * {@code UserTask_RecordMeeting}: the roll call and minutes are a per-member list, so the form is
   * the app's page ({@code /meetings/record?taskId=…}); API clients send the same content as the
   * variable {@code meetingRecord} (JSON, preferably transient). Sets {@code absenceReviewNeeded},
   * {@code absenceReviewMemberIds} and the assessment due date.
   */
  @Component("recordMeetingTask")
  static class RecordMeetingTask extends FormTask {

    private static final ObjectMapper JSON =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final MeetingService meetings;

    RecordMeetingTask(MeetingService meetings) {
      this.meetings = meetings;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      // Nothing to show: the page reads the tables. No local variable for the record either, so
      // that a client may pass it as a transient variable.
      return Map.of();
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String id = businessKey(task);
      Object raw = in.value("meetingRecord");
      if (raw == null || raw.toString().isBlank()) {
        throw new InvalidInputException(
            "meetingRecord",
            "chưa có biên bản: hãy ghi biên bản tại trang /meetings/" + id + "/record");
      }
      RecordInput input;
      try {
        input = JSON.readValue(raw.toString(), RecordInput.class);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException("meetingRecord", "biên bản không đúng định dạng JSON");
      }
      List<Long> reviews = meetings.recordMeeting(id, input, actor(task));
      Meeting m = meetings.meeting(id);
      task.getExecution().setVariable("absenceReviewNeeded", !reviews.isEmpty());
      task.getExecution().setVariable("absenceReviewMemberIds", reviews);
      task.getExecution()
          .setVariable("assessmentDueAt", BranchMeetingProcess.endOfDay(meetings.assessmentDue(m)));
    }
  }

  /**
   * {@code UserTask_RecordVote}: the counts; the base comes from the roll call. Sets {@code
   * votePassed}.
   */
  @Component("recordVoteTask")
  static class RecordVoteTask extends FormTask {

    private final MeetingService meetings;
    private final ResolutionService resolutions;

    RecordVoteTask(MeetingService meetings, ResolutionService resolutions) {
      this.meetings = meetings;
      this.resolutions = resolutions;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      VoteOutcome preview = meetings.votePreview(id);
      var count = meetings.voteCount(id, 0, 0, 0);
      Map<String, Object> values = new HashMap<>();
      values.put(
          "voteBaseSummary",
          "Đảng viên chính thức được triệu tập: "
              + count.officialConvened()
              + "; chuyển sinh hoạt tạm thời: "
              + count.transferredTemporarily()
              + "; miễn sinh hoạt vắng mặt: "
              + count.exemptedAbsent()
              + ". Số đảng viên tính biểu quyết: "
              + preview.base()
              + ". Nghị quyết được thông qua khi có ít nhất "
              + preview.required()
              + " phiếu tán thành (hơn một nửa). Đảng viên dự bị không biểu quyết."
              + meetings
                  .quorum(id)
                  .map(
                      q ->
                          " Số dự họp: "
                              + q.text()
                              + (q.met()
                                  ? "."
                                  : "; chưa đủ, nên nghị quyết không được thông qua dù kết quả"
                                      + " biểu quyết thế nào."))
                  .orElse(""));
      values.put("draftResolution", resolutions.resolution(id).map(Resolution::draft).orElse(""));
      values.put(DOCUMENTS_LINK, documentsLink(id));
      values.put("votesFor", null);
      values.put("votesAgainst", null);
      values.put("votesAbstain", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      VoteOutcome outcome =
          meetings.recordVote(
              businessKey(task),
              in.integer("votesFor"),
              in.integer("votesAgainst"),
              in.integer("votesAbstain"));
      task.getExecution().setVariable("votePassed", outcome.passed());
    }
  }

  /** {@code UserTask_ReviseOrConclude}: sets {@code reviseDraft}. */
  @Component("reviseOrConcludeTask")
  static class ReviseOrConcludeTask extends FormTask {

    private final MeetingService meetings;
    private final ResolutionService resolutions;

    ReviseOrConcludeTask(MeetingService meetings, ResolutionService resolutions) {
      this.meetings = meetings;
      this.resolutions = resolutions;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      Resolution r = resolutions.resolution(businessKey(task)).orElseThrow();
      Map<String, Object> values = new HashMap<>();
      values.put(
          "failedVoteSummary",
          "Lần biểu quyết thứ "
              + r.revision()
              + ": "
              + r.votesFor()
              + " tán thành, "
              + r.votesAgainst()
              + " không tán thành, "
              + r.votesAbstain()
              + " không biểu quyết; cần ít nhất "
              + r.required()
              + " trên "
              + r.base()
              + " đảng viên tính biểu quyết."
              + meetings
                  .quorum(businessKey(task))
                  .filter(q -> !q.met())
                  .map(
                      q ->
                          " Buổi họp không đủ số đảng viên dự họp ("
                              + q.text()
                              + "), nên không thông qua được nghị quyết; chi bộ chỉ ban hành kết"
                              + " luận hoặc họp lại.")
                  .orElse(""));
      values.put("failedVoteAction", null);
      values.put("draftResolution", r.draft());
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String action = in.choice("failedVoteAction", "REVISE", "CONCLUDE");
      Boolean revise = action == null ? null : "REVISE".equals(action);
      meetings.reviseOrConclude(businessKey(task), revise, in.string("draftResolution"));
      task.getExecution().setVariable("reviseDraft", revise);
    }
  }

  /** {@code UserTask_AssessMeeting}: rubric scores → grade by the {@code MeetingGrade} decision. */
  @Component("assessMeetingTask")
  static class AssessMeetingTask extends FormTask {

    static final List<String> SCORE_FIELDS =
        List.of(
            "scoreTiming",
            "scoreAttendance",
            "scorePreparation",
            "scoreConduct",
            "scoreFacilitation",
            "scorePrinciples",
            "scoreResults",
            "scoreClosing");

    private final MeetingService meetings;

    AssessMeetingTask(MeetingService meetings) {
      this.meetings = meetings;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      Meeting m = meetings.meeting(id);
      List<Attendance> roll = meetings.attendance(id);
      long expected =
          roll.stream()
              .filter(
                  a ->
                      a.presence() != Presence.EXEMPTED
                          && a.presence() != Presence.TRANSFERRED_TEMPORARILY)
              .count();
      long present = roll.stream().filter(a -> a.presence() == Presence.PRESENT).count();
      StringBuilder summary = new StringBuilder();
      summary
          .append("Dự họp ")
          .append(present)
          .append('/')
          .append(expected)
          .append(" đảng viên phải dự");
      if (expected > 0) {
        summary.append(" (").append(Math.round(100.0 * present / expected)).append(" %)");
      }
      summary.append('.');
      if (m.durationWarning() != null) {
        summary.append(' ').append(m.durationWarning()).append('.');
      }
      if (m.heldLate()) {
        summary.append(" Buổi họp tổ chức muộn so với kế hoạch.");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("assessmentSummary", summary.toString());
      values.put(DOCUMENTS_LINK, documentsLink(id));
      SCORE_FIELDS.forEach(f -> values.put(f, null));
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      Map<String, Object> scores = new LinkedHashMap<>();
      for (String f : SCORE_FIELDS) {
        scores.put(f, in.value(f));
      }
      meetings.assess(businessKey(task), scores, actor(task));
    }
  }

  /** {@code UserTask_ReviewAbsence}: one instance per member with repeated unexcused absences. */
  @Component("reviewAbsenceTask")
  static class ReviewAbsenceTask extends FormTask {

    private final MeetingService meetings;

    ReviewAbsenceTask(MeetingService meetings) {
      this.meetings = meetings;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      String id = businessKey(task);
      long memberId = ((Number) task.getVariable("absenceReviewMemberId")).longValue();
      Meeting m = meetings.meeting(id);
      String name =
          meetings.rollOf(m).stream()
              .filter(x -> x.id() == memberId)
              .map(Member::fullName)
              .findFirst()
              .orElse("?");
      Map<String, Object> values = new HashMap<>();
      values.put(
          "absenceSummary",
          "Đồng chí "
              + name
              + " đã vắng sinh hoạt không có lý do từ "
              + meetings.properties().absenceThreshold()
              + " lần trở lên trong "
              + meetings.properties().absenceWindowMonths()
              + " tháng. Theo Điều lệ Đảng, chi bộ xem xét đề nghị xóa tên.");
      values.put("absenceDecision", null);
      values.put("absenceReviewNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      long memberId = ((Number) task.getVariable("absenceReviewMemberId")).longValue();
      String decision = in.choice("absenceDecision", "PROPOSE_REMOVAL", "NO_REMOVAL");
      meetings.decideAbsenceReview(
          businessKey(task),
          memberId,
          decision == null ? null : "PROPOSE_REMOVAL".equals(decision),
          in.string("absenceReviewNote"),
          actor(task));
    }
  }

  /** {@code UserTask_PlanThematic}: a topic in this meeting or a separate thematic meeting. */
  @Component("planThematicTask")
  static class PlanThematicTask extends FormTask {

    private final MeetingService meetings;
    private final BranchMeetingProcess process;

    PlanThematicTask(MeetingService meetings, BranchMeetingProcess process) {
      this.meetings = meetings;
      this.process = process;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      Meeting m = meetings.meeting(businessKey(task));
      Map<String, Object> values = new HashMap<>();
      values.put(
          "thematicSummary",
          "Tháng "
              + MeetingTexts.month(m.month())
              + " là tháng cuối quý; chi bộ chưa có buổi sinh hoạt chuyên đề nào trong quý. Mỗi quý"
              + " ít nhất một lần (có thể kết hợp trong buổi sinh hoạt thường kỳ, khi đó thời lượng"
              + " ít nhất 120 phút).");
      values.put("thematicTopic", null);
      values.put("thematicPlacement", null);
      values.put("thematicDate", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String placement = in.choice("thematicPlacement", "THIS_MEETING", "SEPARATE");
      meetings
          .planThematic(
              businessKey(task),
              placement == null ? null : "THIS_MEETING".equals(placement),
              in.string("thematicTopic"),
              in.string("thematicDate"),
              actor(task))
          .ifPresent(process::start);
    }
  }
}

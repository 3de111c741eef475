package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.chibo.document.DocumentService;
import vn.chibo.document.DocumentType;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.ResolutionStatus;
import vn.chibo.support.ProcessDriver;

/**
 * A branch that requires 90 % of its expected members present before a meeting may pass a
 * resolution ({@code chibo.meeting.attendance-quorum-percent}). MB01 expects 21 of its 23 (two
 * exempted members stay away), so 19 make the quorum.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:quorum;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "chibo.meeting.attendance-quorum-percent=90"
    })
class MeetingQuorumTest {

  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired ResolutionService resolutions;
  @Autowired DocumentService documents;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  /** MB01's meeting of the month, prepared, agreed and recorded with that many members away. */
  private ProcessInstance heldWithAbsent(MeetingTestSupport support, YearMonth month, int absent) {
    ProcessInstance pi = support.open("MB01", month);
    support.prepareAndAgree(pi);
    List<String> away =
        meetings.rollOf(meetings.meeting(pi.getBusinessKey())).stream()
            .filter(m -> m.status() == MemberStatus.OFFICIAL)
            .map(Member::code)
            .skip(4)
            .limit(absent)
            .toList();
    support.recordMeeting(pi, month.atDay(3).atTime(10, 30), away);
    return pi;
  }

  private MeetingTestSupport support() {
    return new MeetingTestSupport(
        meetings, organizations, process, identity, new ProcessDriver(management, tasks, identity));
  }

  @Test
  void aMeetingShortOfTheQuorumPassesNoResolutionWhateverTheVote() {
    MeetingTestSupport support = support();
    ProcessInstance pi = heldWithAbsent(support, YearMonth.of(2034, 3), 3);
    String id = pi.getBusinessKey();

    Quorum quorum = meetings.quorum(id).orElseThrow();
    assertThat(quorum).isEqualTo(new Quorum(21, 18, 19, 90));
    assertThat(quorum.met()).isFalse();
    var voteForm =
        new ProcessDriver(management, tasks, identity)
            .formVariables(
                new ProcessDriver(management, tasks, identity)
                    .task(pi.getId(), BranchMeetingProcess.RECORD_VOTE)
                    .getId());
    assertThat((String) voteForm.get("voteBaseSummary"))
        .contains(
            "Số dự họp: dự họp 18/21 đảng viên, chi bộ quy định ít nhất 19 (90%); chưa đủ, nên"
                + " nghị quyết không được thông qua");

    // 15 of the 16 official members present vote for: more than half the base, yet it fails.
    support.complete(
        "maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, MeetingTestSupport.votes(15, 0, 1));
    assertThat(resolutions.resolution(id).orElseThrow().status())
        .isEqualTo(ResolutionStatus.FAILED);
    var revise =
        new ProcessDriver(management, tasks, identity)
            .task(pi.getId(), BranchMeetingProcess.REVISE_OR_CONCLUDE);
    assertThat(revise).isNotNull();
    assertThat(
            (String)
                new ProcessDriver(management, tasks, identity)
                    .formVariables(revise.getId())
                    .get("failedVoteSummary"))
        .contains("Buổi họp không đủ số đảng viên dự họp (dự họp 18/21 đảng viên");
    assertThat(documents.draftXhtml(DocumentType.MEETING_MINUTES, id))
        .contains(
            "Nghị quyết chưa được thông qua vì buổi họp không đủ số đảng viên dự họp (dự họp"
                + " 18/21 đảng viên, chi bộ quy định ít nhất 19 (90%))");
  }

  @Test
  void aMeetingThatMakesTheQuorumVotesAsUsual() {
    MeetingTestSupport support = support();
    ProcessInstance pi = heldWithAbsent(support, YearMonth.of(2034, 4), 2);
    String id = pi.getBusinessKey();
    assertThat(meetings.quorum(id).orElseThrow()).isEqualTo(new Quorum(21, 19, 19, 90));
    support.complete(
        "maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, MeetingTestSupport.votes(12, 4, 1));
    assertThat(resolutions.resolution(id).orElseThrow().status())
        .isEqualTo(ResolutionStatus.PASSED);
  }
}

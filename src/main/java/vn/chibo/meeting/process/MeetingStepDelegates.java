package vn.chibo.meeting.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.document.DocumentService;
import vn.chibo.document.DocumentType;
import vn.chibo.meeting.MeetingService;

/**
 * The service tasks of {@code BranchMeetingProcess} that only call one method of the meeting
 * service with the business key.
 */
@Configuration(proxyBeanMethods = false)
class MeetingStepDelegates {

  /**
   * {@code ServiceTask_IssueNotice}: runs in the transaction that approves the content. The notice
   * is issued as a numbered document of the branch in the same transaction, so the mail's link to
   * it always finds it; issued by whoever approved, or by the application when no one is signed in.
   */
  @Bean
  JavaDelegate issueNoticeDelegate(MeetingService meetings, DocumentService documents) {
    return execution -> {
      String meetingId = execution.getProcessBusinessKey();
      meetings.issueNotice(meetingId);
      var auth =
          execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      documents.issueOnce(
          DocumentType.MEETING_NOTICE,
          meetingId,
          auth == null || auth.getUserId() == null ? "chibo" : auth.getUserId());
    };
  }

  /** {@code ServiceTask_WarnLateAgreement}. */
  @Bean
  JavaDelegate warnLateAgreementDelegate(MeetingService meetings) {
    return execution -> meetings.warnLateAgreement(execution.getProcessBusinessKey());
  }

  /** {@code ServiceTask_MarkMissed}. */
  @Bean
  JavaDelegate markMissedDelegate(MeetingService meetings) {
    return execution -> meetings.markMissed(execution.getProcessBusinessKey());
  }

  /** {@code ServiceTask_WarnThematicMissing}. */
  @Bean
  JavaDelegate warnThematicMissingDelegate(MeetingService meetings) {
    return execution -> meetings.warnThematicMissing(execution.getProcessBusinessKey());
  }

  /** {@code ServiceTask_ReportToSuperior}: runs in the transaction that records the grade. */
  @Bean
  JavaDelegate reportToSuperiorDelegate(MeetingService meetings) {
    return execution -> meetings.reportToSuperior(execution.getProcessBusinessKey());
  }
}

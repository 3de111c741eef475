package vn.chibo.admission.probation.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.admission.probation.ProbationService;

/**
 * The service tasks of {@code ProbationProcess} that call one method of the probation service with
 * the business key.
 */
@Configuration(proxyBeanMethods = false)
class ProbationStepDelegates {

  /**
   * {@code ServiceTask_AnnounceProbationEnd}: after the timer, tells the member, the mentor and the
   * secretaries, and takes the candidates from the registry as it is now (a login given or a branch
   * changed during the months of probation).
   */
  @Bean
  JavaDelegate announceProbationEndDelegate(ProbationService probation) {
    return execution -> {
      String caseId = execution.getProcessBusinessKey();
      probation.probationEnded(caseId);
      execution
          .getProcessInstance()
          .setVariables(ProbationProcess.routingVariables(probation.routing(caseId)));
    };
  }

  /** {@code ServiceTask_RecogniseMember}: runs in the transaction that records the decision. */
  @Bean
  JavaDelegate recogniseMemberDelegate(ProbationService probation) {
    return execution -> probation.recogniseMember(execution.getProcessBusinessKey());
  }

  /** {@code ServiceTask_RemoveMember}: runs in the transaction that records the decision. */
  @Bean
  JavaDelegate removeMemberDelegate(ProbationService probation) {
    return execution -> probation.removeMember(execution.getProcessBusinessKey());
  }
}

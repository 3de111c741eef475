package vn.chibo.admission.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.admission.AdmissionService;

/**
 * The service tasks of {@code MemberAdmissionProcess}, each one call of the admission service with
 * the business key.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionStepDelegates {

  /** {@code ServiceTask_CheckEligibility}: sets {@code eligible}. */
  @Bean
  JavaDelegate checkEligibilityDelegate(AdmissionService admissions) {
    return execution ->
        execution.setVariable(
            "eligible", admissions.checkEligibility(execution.getProcessBusinessKey()));
  }

  /** {@code ServiceTask_EscalateDecision}. */
  @Bean
  JavaDelegate escalateDecisionDelegate(AdmissionService admissions) {
    return execution -> admissions.escalateDecision(execution.getProcessBusinessKey());
  }

  /** {@code ServiceTask_TellBranch} and {@code ServiceTask_TellStopped}. */
  @Bean
  JavaDelegate tellBranchDelegate(AdmissionService admissions) {
    return execution -> admissions.tellBranch(execution.getProcessBusinessKey());
  }
}

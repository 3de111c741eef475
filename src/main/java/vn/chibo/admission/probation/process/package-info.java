/**
 * Quy trình dự bị (the BPMN glue of {@code ProbationProcess}): its element ids, the one class that
 * starts and correlates it, the task listeners that prefill and validate its forms and the service
 * tasks that call {@link vn.chibo.admission.probation.ProbationService}.
 */
package vn.chibo.admission.probation.process;

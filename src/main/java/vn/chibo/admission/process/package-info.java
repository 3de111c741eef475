/**
 * The BPMN glue of {@code MemberAdmissionProcess}: its ids, the one place that starts it, the task
 * listeners of its user tasks and the delegates of its service tasks.
 */
package vn.chibo.admission.process;

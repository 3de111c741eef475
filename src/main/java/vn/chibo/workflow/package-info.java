/**
 * Quy trình (workflow glue shared by every process): form tasks that prefill from and validate into
 * the app's tables, refused input and step conflicts as errors people understand (400 / 409), and
 * the service task that sends a case's queued mail.
 */
package vn.chibo.workflow;

/**
 * Đảng viên dự bị và công nhận đảng viên chính thức (probation and recognition, DOMAIN.md §5): the
 * probation case of a member just admitted, from the ceremony through the twelve months, the
 * self-review (10-KNĐ), the mentor's report (11-KNĐ), the opinions collected (12-KNĐ), the branch
 * votes and, after too many inconclusive ones, the superior committee's conclusion, to the
 * competent committee's decision: official with effect from the day probation ended, or removal.
 * Owns the tables {@code probation_case} and {@code probation_vote}. Other modules call {@link
 * vn.chibo.admission.probation.ProbationService}; its {@code process} package is the only code that
 * talks to the engine about {@code ProbationProcess}. Its pages ({@code /probations}) show a case
 * to those whose roles cover the member's branch, and the steps link to the Tasklist.
 */
package vn.chibo.admission.probation;

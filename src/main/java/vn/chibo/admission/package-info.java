/**
 * Kết nạp đảng viên: the admission case of a candidate from the mentor and the dossier through
 * background verification, the eligibility check, the branch vote, the committees' review and
 * decision and the ceremony to the new member's file. Owns the {@code admission_*} tables; {@code
 * process} holds the {@code MemberAdmissionProcess} glue.
 */
package vn.chibo.admission;

/**
 * Điều kiện kết nạp: whether a person may be considered for admission on the day the branch
 * considers the case (DOMAIN.md §4) — age counted in months, education, the party-awareness course
 * certificate, the introductions and the age of the dossier's documents. Every threshold lives in
 * the {@code AdmissionEligibility} decision table ({@code
 * processes/decisions/admission-eligibility.dmn}), one rule set per effective date; this package
 * only turns {@link vn.chibo.admission.eligibility.EligibilityFacts} into the table's month counts
 * and reads back every reason and the rule set applied. Other modules call {@link
 * vn.chibo.admission.eligibility.AdmissionEligibilityDecision}.
 */
package vn.chibo.admission.eligibility;

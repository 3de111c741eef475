package vn.chibo.admission.eligibility;

import java.util.List;

/**
 * What the {@code AdmissionEligibility} decision says about one applicant.
 *
 * @param eligible whether the branch may consider the applicant: no reason against
 * @param reasons every reason the applicant is not eligible, in Vietnamese, each naming the fact
 *     (e.g. "Chưa đủ 18 tuổi tính theo tháng (17 tuổi 11 tháng)"), in the order of the table
 * @param ruleSet the Vietnamese name of the rule set applied, e.g. "Quy định 294-QĐ/TW (từ
 *     01/7/2025)"
 */
public record Eligibility(boolean eligible, List<String> reasons, String ruleSet) {

  public Eligibility {
    reasons = List.copyOf(reasons);
    if (eligible != reasons.isEmpty()) {
      throw new IllegalArgumentException(
          eligible
              ? "Đã đủ điều kiện thì không được còn lý do chưa đủ điều kiện: " + reasons
              : "Chưa đủ điều kiện thì phải nêu ít nhất một lý do");
    }
    if (ruleSet == null || ruleSet.isBlank()) {
      throw new IllegalArgumentException("Thiếu tên bộ quy định đã áp dụng (ruleSet)");
    }
  }
}

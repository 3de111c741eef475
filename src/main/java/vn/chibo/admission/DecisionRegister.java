package vn.chibo.admission;

/**
 * Where an admission decision gets its number when the committee does not bring one: the decision
 * (mẫu 9-KNĐ) is issued from the case and numbered in the competent committee's register.
 */
public interface DecisionRegister {

  /**
   * Issues the admitted case's decision document in the caller's transaction.
   *
   * @return its number and symbol, "01-QĐ/ĐU"
   */
  String issueDecision(String caseId, String by);
}

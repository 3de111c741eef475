package vn.chibo.admission.eligibility;

/**
 * The highest level of general education an applicant has completed. The code is the {@code
 * education} input of the {@code AdmissionEligibility} decision, so renaming a constant means
 * changing the table too.
 */
public enum Education {
  /** Has not completed primary school. */
  NONE("Chưa tốt nghiệp tiểu học"),
  PRIMARY("Tiểu học"),
  LOWER_SECONDARY("Trung học cơ sở"),
  UPPER_SECONDARY("Trung học phổ thông"),
  COLLEGE_OR_HIGHER("Cao đẳng, đại học trở lên");

  private final String label;

  Education(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to people. */
  public String label() {
    return label;
  }
}

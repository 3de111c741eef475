package vn.chibo.admission;

/** Whose background is verified (thẩm tra lý lịch, DOMAIN.md §4 step 5). */
public enum Relation {
  APPLICANT("Người vào Đảng"),
  FATHER("Cha"),
  MOTHER("Mẹ"),
  GUARDIAN("Người nuôi dưỡng"),
  PARENT_IN_LAW("Cha mẹ vợ / chồng"),
  SPOUSE("Vợ / chồng"),
  ADULT_CHILD("Con đã trưởng thành");

  private final String label;

  Relation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

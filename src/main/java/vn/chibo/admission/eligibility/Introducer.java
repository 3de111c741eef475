package vn.chibo.admission.eligibility;

/**
 * A party member who introduces the applicant (người giới thiệu, mẫu 3-KNĐ / 4-KNĐ).
 *
 * @param name the introducer's full name, as the reasons name them
 * @param officialMember whether the introducer is an official member; a probationary member's
 *     introduction does not count
 * @param monthsKnown full months the introducer has worked, studied or lived with the applicant
 * @param replacement assigned by the branch after an earlier introducer left: the rule on months
 *     known does not apply (DOMAIN.md §4)
 */
public record Introducer(
    String name, boolean officialMember, int monthsKnown, boolean replacement) {

  public Introducer {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Thiếu họ tên người giới thiệu (name)");
    }
    name = name.strip();
    if (monthsKnown < 0) {
      throw new IllegalArgumentException(
          "Số tháng người giới thiệu "
              + name
              + " cùng công tác, học tập hoặc sinh hoạt với người vào Đảng (monthsKnown) không được"
              + " âm, đang là "
              + monthsKnown);
    }
  }
}

package vn.chibo.admission;

/** The documents of an admission dossier (DOMAIN.md §4), with the Party's form numbers. */
public enum DocumentKind {
  CERTIFICATE("Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", true),
  APPLICATION("Đơn xin vào Đảng (mẫu 1-KNĐ)", true),
  PERSONAL_HISTORY("Lý lịch của người xin vào Đảng (mẫu 2-KNĐ)", true),
  INTRODUCTION("Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ)", true),
  ORGANISATION_INTRODUCTION(
      "Nghị quyết giới thiệu đoàn viên ưu tú / công đoàn viên ưu tú (mẫu 4-KNĐ)", false),
  MASS_OPINION("Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (mẫu 5-KNĐ)", true),
  OVER_60_APPROVAL("Văn bản đồng ý của tỉnh ủy cho người trên 60 tuổi", false);

  private final String label;
  private final boolean required;

  DocumentKind(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  public String label() {
    return label;
  }

  /** Every dossier needs one; the others only in the cases their rule names. */
  public boolean isRequired() {
    return required;
  }
}

package vn.chibo.admission;

/** Where an admission case stands: the step it waits at, or how it ended. */
public enum AdmissionStage {
  MENTOR("Phân công đảng viên giúp đỡ", true),
  DOSSIER("Hoàn thiện hồ sơ", true),
  VERIFICATION("Thẩm tra lý lịch", true),
  BRANCH_VOTE("Chi bộ xét, biểu quyết", true),
  REVIEW("Đảng ủy cơ sở xem xét", true),
  DECISION("Cấp ủy có thẩm quyền quyết định", true),
  CEREMONY("Tổ chức lễ kết nạp", true),
  MEMBER_FILE("Hoàn thiện hồ sơ đảng viên", true),
  ADMITTED("Đã kết nạp", false),
  NOT_ADMITTED("Chi bộ không đề nghị kết nạp", false),
  REJECTED("Cấp ủy không đồng ý kết nạp", false),
  STOPPED("Dừng: quá hạn tổ chức lễ kết nạp", false);

  private final String label;
  private final boolean open;

  AdmissionStage(String label, boolean open) {
    this.label = label;
    this.open = open;
  }

  public String label() {
    return label;
  }

  /** Still waiting at a step, as opposed to ended one way or the other. */
  public boolean isOpen() {
    return open;
  }
}

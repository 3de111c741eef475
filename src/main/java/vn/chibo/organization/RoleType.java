package vn.chibo.organization;

/** Roles a member holds in an organisation for a term. */
public enum RoleType {
  SECRETARY("Bí thư"),
  DEPUTY_SECRETARY("Phó Bí thư"),
  COMMITTEE_MEMBER("Cấp ủy viên"),
  MINUTE_TAKER("Thư ký"),
  MENTOR("Đảng viên giúp đỡ"),
  SUPERVISING_MEMBER("Cấp ủy viên cấp trên theo dõi"),
  STANDING_COMMITTEE_MEMBER("Ủy viên Ban Thường vụ"),
  ORGANIZATION_BOARD_MEMBER("Cán bộ Ban Tổ chức");

  private final String label;

  RoleType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Part of the leadership of the organisation the role is held in (chi ủy / cấp ủy). */
  public boolean isLeadership() {
    return this == SECRETARY || this == DEPUTY_SECRETARY || this == COMMITTEE_MEMBER;
  }

  /** Sees the whole subtree below the organisation the role is held in. */
  public boolean coversSubtree() {
    return isLeadership() || this == STANDING_COMMITTEE_MEMBER || this == ORGANIZATION_BOARD_MEMBER;
  }
}

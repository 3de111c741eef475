package vn.chibo.organization;

/** The kinds of node in the organisation tree; since 1/7/2025 there is no district tier. */
public enum OrganizationType {
  PROVINCIAL_COMMITTEE("Đảng bộ tỉnh/thành phố", 0),
  COMMUNE_COMMITTEE("Đảng bộ xã/phường/đặc khu", 1),
  GRASSROOTS_ORGANIZATION("Đảng bộ cơ sở", 2),
  BRANCH("Chi bộ", 3);

  private final String label;
  private final int depth;

  OrganizationType(String label, int depth) {
    this.label = label;
    this.depth = depth;
  }

  public String label() {
    return label;
  }

  /** Whether a node of this type may hang under a node of {@code parent}'s type. */
  public boolean mayHangUnder(OrganizationType parent) {
    if (this == PROVINCIAL_COMMITTEE) {
      return parent == null;
    }
    return parent != null && parent != BRANCH && parent.depth < depth;
  }

  public boolean isCommittee() {
    return this != BRANCH;
  }
}

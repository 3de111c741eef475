package vn.chibo.organization;

/** Where a person stands with the Party (DOMAIN.md §1). */
public enum MemberStatus {
  CANDIDATE("Quần chúng ưu tú"),
  SYMPATHIZER("Cảm tình Đảng"),
  APPLICANT("Đang làm hồ sơ kết nạp"),
  PROBATIONARY("Đảng viên dự bị"),
  OFFICIAL("Đảng viên chính thức"),
  EXEMPTED("Miễn sinh hoạt"),
  SUSPENDED("Đình chỉ sinh hoạt"),
  TRANSFERRED_OUT("Đã chuyển sinh hoạt"),
  REMOVED("Đã xóa tên"),
  EXPELLED("Đã khai trừ"),
  DECEASED("Đã từ trần");

  private final String label;

  MemberStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A party member in the ordinary sense: belongs to the branch and is counted on its roll. */
  public boolean isPartyMember() {
    return this == PROBATIONARY || this == OFFICIAL || this == EXEMPTED || this == SUSPENDED;
  }

  /** Before admission: on the branch's list of people it is preparing. */
  public boolean isCandidate() {
    return this == CANDIDATE || this == SYMPATHIZER || this == APPLICANT;
  }

  /** Gets a login: party members still on a roll. */
  public boolean hasAccount() {
    return this == PROBATIONARY || this == OFFICIAL || this == EXEMPTED;
  }
}

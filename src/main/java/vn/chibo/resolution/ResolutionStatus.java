package vn.chibo.resolution;

/** Where a meeting's resolution stands. */
public enum ResolutionStatus {
  DRAFT("Dự thảo"),
  PASSED("Đã thông qua"),
  FAILED("Chưa được thông qua"),
  CONCLUSION("Chỉ ban hành kết luận");

  private final String label;

  ResolutionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

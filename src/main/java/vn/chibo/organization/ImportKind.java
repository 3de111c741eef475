package vn.chibo.organization;

import java.util.Arrays;
import java.util.Optional;

/** What a file holds; {@link #param()} is the {@code kind} of the import page and API. */
public enum ImportKind {
  ORGANIZATIONS("organizations", "Tổ chức đảng"),
  MEMBERS("members", "Đảng viên và quần chúng");

  private final String param;
  private final String label;

  ImportKind(String param, String label) {
    this.param = param;
    this.label = label;
  }

  public String param() {
    return param;
  }

  public String label() {
    return label;
  }

  static Optional<ImportKind> fromParam(String value) {
    return Arrays.stream(values()).filter(k -> k.param.equalsIgnoreCase(value)).findFirst();
  }
}

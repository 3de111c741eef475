package vn.chibo.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The official documents the system writes, each with its template file, the symbol of its kind in
 * the number ("05-NQ/CB": NQ) and, for the admission forms, the form's name in the Party's set of
 * admission forms.
 */
public enum DocumentType {
  MEETING_NOTICE("meeting-notice", "TB", null, "Thông báo sinh hoạt chi bộ"),
  MEETING_MINUTES("meeting-minutes", "BB", null, "Biên bản sinh hoạt chi bộ"),
  MEETING_RESOLUTION("meeting-resolution", "NQ", null, "Nghị quyết chi bộ"),
  ADMISSION_PROPOSAL("admission-proposal", "NQ", "6-KNĐ", "Nghị quyết đề nghị kết nạp đảng viên"),
  ADMISSION_REVIEW(
      "admission-review", "NQ", "8-KNĐ", "Nghị quyết của đảng ủy cơ sở về việc kết nạp đảng viên"),
  ADMISSION_DECISION("admission-decision", "QĐ", "9-KNĐ", "Quyết định kết nạp đảng viên"),
  RECOGNITION_PROPOSAL(
      "recognition-proposal", "NQ", "13-KNĐ", "Nghị quyết đề nghị công nhận đảng viên chính thức");

  private final String template;
  private final String symbol;
  private final String form;
  private final String label;

  DocumentType(String template, String symbol, String form, String label) {
    this.template = template;
    this.symbol = symbol;
    this.form = form;
    this.label = label;
  }

  /** The template file's name, without ".html", under the documents folder. */
  public String template() {
    return template;
  }

  /** The symbol of the kind in the number: NQ, BB, TB, QĐ. */
  public String symbol() {
    return symbol;
  }

  /** The Party's form name ("6-KNĐ"), or null for the meeting documents. */
  public String form() {
    return form;
  }

  public String label() {
    return label;
  }

  /** The type named in a URL or a request, by its name or its template's name. */
  public static Optional<DocumentType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values())
        .filter(x -> x.name().equalsIgnoreCase(t) || x.template.equalsIgnoreCase(t))
        .findFirst();
  }
}

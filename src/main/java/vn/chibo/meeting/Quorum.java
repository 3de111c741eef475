package vn.chibo.meeting;

/**
 * The attendance a branch requires for a meeting to pass a resolution, when it requires one ({@code
 * chibo.meeting.attendance-quorum-percent}).
 *
 * @param expected members expected at the meeting: on the roll, less those temporarily transferred
 *     away and the exempted who stay away
 * @param present members present
 * @param required the fewest present that make the quorum (the share of {@code expected}, rounded
 *     up)
 * @param percent the configured share
 */
public record Quorum(int expected, int present, int required, int percent) {

  static Quorum of(int expected, int present, int percent) {
    int required = (int) Math.ceil(expected * percent / 100.0);
    return new Quorum(expected, present, required, percent);
  }

  public boolean met() {
    return present >= required;
  }

  /** "dự họp 17/21 đảng viên, chi bộ quy định ít nhất 19 (90%)". */
  public String text() {
    return "dự họp "
        + present
        + "/"
        + expected
        + " đảng viên, chi bộ quy định ít nhất "
        + required
        + " ("
        + percent
        + "%)";
  }
}

package vn.chibo.reporting;

/** A part of a whole, as the KPI line shows it: "2/3 chi bộ (67%)". */
public record Share(int count, int total) {

  public Share {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException("share " + count + "/" + total);
    }
  }

  /** Whole percent, rounded; 0 when there is nothing to count. */
  public int percent() {
    return total == 0 ? 0 : (int) Math.round(100.0 * count / total);
  }
}

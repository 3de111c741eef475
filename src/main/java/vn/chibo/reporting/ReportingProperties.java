package vn.chibo.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the start page counts as urgent and how long its lists get (local practice, DOMAIN.md §7).
 *
 * @param dueSoonWorkingDays an admission deadline this many working days ahead or less is shown to
 *     the upper levels as coming due
 * @param listLimit at most this many rows per list; the count above a list is always the full one
 */
@ConfigurationProperties("chibo.reporting")
public record ReportingProperties(Integer dueSoonWorkingDays, Integer listLimit) {

  public ReportingProperties {
    dueSoonWorkingDays = dueSoonWorkingDays == null ? 5 : dueSoonWorkingDays;
    listLimit = listLimit == null ? 20 : listLimit;
    if (dueSoonWorkingDays < 0) {
      throw new IllegalArgumentException(
          "chibo.reporting.due-soon-working-days không được âm, đang là " + dueSoonWorkingDays);
    }
    if (listLimit < 1) {
      throw new IllegalArgumentException(
          "chibo.reporting.list-limit phải từ 1 trở lên, đang là " + listLimit);
    }
  }
}

package vn.chibo.admission.probation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/** How probation cases read to people: dates as dd/MM/yyyy, the member with their branch. */
public final class ProbationTexts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ProbationTexts() {}

  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  /** "Đồng chí Nguyễn Văn A (DV00012), Chi bộ …: kết nạp ngày …, hết thời gian dự bị ngày …". */
  public static String summary(ProbationCase c, Member member, Organization branch) {
    return "Đồng chí "
        + member.fullName()
        + " ("
        + member.code()
        + "), "
        + branch.name()
        + ": kết nạp ngày "
        + date(c.ceremonyDate())
        + ", hết thời gian dự bị ngày "
        + date(c.probationEnd())
        + ".";
  }
}

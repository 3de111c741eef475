package vn.chibo.resolution.vote;

/**
 * The figures of one branch vote: who was convened and how the votes fell. Probationary members
 * have no vote and are never part of the base, so they do not appear here at all.
 *
 * <p>The base itself (convened minus temporarily transferred minus exempted absent) is the {@code
 * VoteOutcome} decision's to compute; it is recomputed here only to reject figures that cannot be
 * true.
 *
 * @param officialConvened official members of the branch convened to the meeting, exempted members
 *     and temporarily transferred members included
 * @param transferredTemporarily of those, members temporarily transferred away
 * @param exemptedAbsent of those, members exempted from branch activities who did not attend (an
 *     exempted member who attends counts in the base)
 * @param votesFor votes in favour
 * @param votesAgainst votes against
 * @param votesAbstain members in the base who did not vote either way
 */
public record VoteCount(
    int officialConvened,
    int transferredTemporarily,
    int exemptedAbsent,
    int votesFor,
    int votesAgainst,
    int votesAbstain) {

  public VoteCount {
    requireNotNegative(
        officialConvened, "officialConvened", "số đảng viên chính thức được triệu tập");
    requireNotNegative(
        transferredTemporarily,
        "transferredTemporarily",
        "số đảng viên chính thức chuyển sinh hoạt tạm thời");
    requireNotNegative(exemptedAbsent, "exemptedAbsent", "số đảng viên miễn sinh hoạt vắng mặt");
    requireNotNegative(votesFor, "votesFor", "số phiếu tán thành");
    requireNotNegative(votesAgainst, "votesAgainst", "số phiếu không tán thành");
    requireNotNegative(votesAbstain, "votesAbstain", "số người không biểu quyết");
    if (transferredTemporarily + exemptedAbsent > officialConvened) {
      throw new IllegalArgumentException(
          "Số đảng viên chuyển sinh hoạt tạm thời (transferredTemporarily = "
              + transferredTemporarily
              + ") cộng số đảng viên miễn sinh hoạt vắng mặt (exemptedAbsent = "
              + exemptedAbsent
              + ") vượt quá số đảng viên chính thức được triệu tập (officialConvened = "
              + officialConvened
              + ")");
    }
    int base = officialConvened - transferredTemporarily - exemptedAbsent;
    int cast = votesFor + votesAgainst + votesAbstain;
    if (cast > base) {
      throw new IllegalArgumentException(
          "Tổng số phiếu tán thành, không tán thành và không biểu quyết (votesFor + votesAgainst"
              + " + votesAbstain = "
              + cast
              + ") vượt quá số đảng viên được tính biểu quyết ("
              + base
              + ")");
    }
  }

  private static void requireNotNegative(int value, String field, String label) {
    if (value < 0) {
      throw new IllegalArgumentException(
          capitalised(label) + " (" + field + ") không được âm, đang là " + value);
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

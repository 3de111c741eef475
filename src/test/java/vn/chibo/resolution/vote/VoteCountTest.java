package vn.chibo.resolution.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteCountTest {

  @Test
  void acceptsVotesThatFillTheBaseExactly() {
    // 12 convened, 1 transferred, 1 exempted absent: 10 may vote, and 10 did.
    var count = new VoteCount(12, 1, 1, 7, 2, 1);
    assertThat(count.votesFor()).isEqualTo(7);
  }

  @ParameterizedTest(name = "{6}")
  @CsvSource({
    "-1, 0, 0, 0, 0, 0, Số đảng viên chính thức được triệu tập (officialConvened) không được âm",
    "5, -1, 0, 0, 0, 0, Số đảng viên chính thức chuyển sinh hoạt tạm thời (transferredTemporarily)"
        + " không được âm",
    "5, 0, -1, 0, 0, 0, Số đảng viên miễn sinh hoạt vắng mặt (exemptedAbsent) không được âm",
    "5, 0, 0, -1, 0, 0, Số phiếu tán thành (votesFor) không được âm",
    "5, 0, 0, 0, -1, 0, Số phiếu không tán thành (votesAgainst) không được âm",
    "5, 0, 0, 0, 0, -1, Số người không biểu quyết (votesAbstain) không được âm",
  })
  void rejectsANegativeFigureNamingTheField(
      int convened,
      int transferred,
      int exemptedAbsent,
      int votesFor,
      int votesAgainst,
      int votesAbstain,
      String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new VoteCount(
                    convened, transferred, exemptedAbsent, votesFor, votesAgainst, votesAbstain))
        .withMessageStartingWith(message);
  }

  @Test
  void rejectsMoreMembersLeftOutThanWereConvened() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new VoteCount(4, 3, 2, 0, 0, 0))
        .withMessage(
            "Số đảng viên chuyển sinh hoạt tạm thời (transferredTemporarily = 3) cộng số đảng viên"
                + " miễn sinh hoạt vắng mặt (exemptedAbsent = 2) vượt quá số đảng viên chính thức"
                + " được triệu tập (officialConvened = 4)");
  }

  @Test
  void rejectsMoreVotesThanMembersInTheBase() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new VoteCount(12, 1, 1, 8, 2, 1))
        .withMessage(
            "Tổng số phiếu tán thành, không tán thành và không biểu quyết (votesFor + votesAgainst"
                + " + votesAbstain = 11) vượt quá số đảng viên được tính biểu quyết (10)");
  }

  @Test
  void labelsEveryKindOfVoteInVietnamese() {
    assertThat(VoteKind.values())
        .extracting(VoteKind::label)
        .containsExactly(
            "Biểu quyết nghị quyết",
            "Biểu quyết kết nạp đảng viên",
            "Biểu quyết công nhận đảng viên chính thức");
  }
}

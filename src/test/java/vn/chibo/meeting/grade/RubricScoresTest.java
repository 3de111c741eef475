package vn.chibo.meeting.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricScoresTest {

  @Test
  void addsUpTheScores() {
    assertThat(new RubricScores(Map.of("conduct", 25, "closing", 5)).total()).isEqualTo(30);
  }

  @Test
  void rejectsANegativeScoreNamingTheItem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RubricScores(Map.of("conduct", -1)))
        .withMessage("Điểm mục \"conduct\" không được âm, đang là -1");
  }

  @Test
  void rejectsAMissingScoreNamingTheItem() {
    Map<String, Integer> scores = new HashMap<>();
    scores.put("closing", null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RubricScores(scores))
        .withMessage("Chưa chấm điểm mục \"closing\"");
  }

  @Test
  void rejectsNoScoresAtAll() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RubricScores(Map.of()))
        .withMessage("Chưa chấm điểm mục nào của buổi sinh hoạt chi bộ");
  }
}

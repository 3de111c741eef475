package vn.chibo.meeting.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The rubric as configuration: bound from properties, refused at startup when it is wrong. */
class MeetingRubricTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(MeetingRubric.class)
  static class RubricOnly {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(RubricOnly.class);

  @Test
  void bindsItemsInTheirConfiguredOrder() {
    context
        .withPropertyValues(
            "chibo.meeting.rubric.items.conduct.label=Nội dung sinh hoạt",
            "chibo.meeting.rubric.items.conduct.max-points=60",
            "chibo.meeting.rubric.items[previousResolution].label=Kết quả nghị quyết tháng trước",
            "chibo.meeting.rubric.items[previousResolution].max-points=40")
        .run(
            app -> {
              assertThat(app).hasNotFailed();
              MeetingRubric rubric = app.getBean(MeetingRubric.class);
              assertThat(rubric.items())
                  .containsExactly(
                      Map.entry("conduct", new MeetingRubric.Item("Nội dung sinh hoạt", 60)),
                      Map.entry(
                          "previousResolution",
                          new MeetingRubric.Item("Kết quả nghị quyết tháng trước", 40)));
            });
  }

  @Test
  void refusesToStartWhenTheMaximumPointsDoNotAddUpToOneHundred() {
    context
        .withPropertyValues(
            "chibo.meeting.rubric.items.conduct.label=Nội dung sinh hoạt",
            "chibo.meeting.rubric.items.conduct.max-points=60",
            "chibo.meeting.rubric.items.closing.label=Kết thúc sinh hoạt",
            "chibo.meeting.rubric.items.closing.max-points=35")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessage(
                        "Tổng điểm tối đa các mục chấm điểm buổi sinh hoạt chi bộ"
                            + " (chibo.meeting.rubric.items) phải bằng 100, đang là 95 (conduct ="
                            + " 60, closing = 35)"));
  }

  @Test
  void refusesToStartWithoutARubric() {
    context.run(
        app ->
            assertThat(app)
                .getFailure()
                .rootCause()
                .hasMessageStartingWith(
                    "Chưa cấu hình các mục chấm điểm buổi sinh hoạt chi bộ"
                        + " (chibo.meeting.rubric.items)"));
  }

  @Test
  void refusesAnItemWithoutLabelOrPoints() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rubric("conduct", new MeetingRubric.Item(" ", 100)))
        .withMessage(
            "Mục chấm điểm \"conduct\" chưa có tên hiển thị"
                + " (chibo.meeting.rubric.items.conduct.label)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                rubric(
                    "conduct",
                    new MeetingRubric.Item("Nội dung", 100),
                    "closing",
                    new MeetingRubric.Item("Kết thúc", 0)))
        .withMessage(
            "Mục chấm điểm \"Kết thúc\" (chibo.meeting.rubric.items.closing.max-points) phải có"
                + " điểm tối đa lớn hơn 0, đang là 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rubric("Conduct item", new MeetingRubric.Item("Nội dung", 100)))
        .withMessageStartingWith("Mã mục chấm điểm \"Conduct item\"");
  }

  @Test
  void checksEachScoreAgainstItsItem() {
    MeetingRubric rubric =
        rubric(
            "conduct",
            new MeetingRubric.Item("Nội dung sinh hoạt", 70),
            "closing",
            new MeetingRubric.Item("Kết thúc sinh hoạt", 30));
    rubric.check(scores("conduct", 70, "closing", 0));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> rubric.check(scores("conduct", 71, "closing", 0)))
        .withMessage("Điểm mục \"Nội dung sinh hoạt\" (conduct) phải từ 0 đến 70, đang là 71");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rubric.check(scores("conduct", 70)))
        .withMessage("Chưa chấm điểm mục \"Kết thúc sinh hoạt\" (closing)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rubric.check(scores("conduct", 70, "closing", 0, "bonus", 5)))
        .withMessage("Mục chấm điểm \"bonus\" không có trong thang điểm sinh hoạt chi bộ");
  }

  private static MeetingRubric rubric(Object... keysAndItems) {
    Map<String, MeetingRubric.Item> items = new LinkedHashMap<>();
    for (int i = 0; i < keysAndItems.length; i += 2) {
      items.put((String) keysAndItems[i], (MeetingRubric.Item) keysAndItems[i + 1]);
    }
    return new MeetingRubric(items);
  }

  private static RubricScores scores(Object... keysAndScores) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (int i = 0; i < keysAndScores.length; i += 2) {
      scores.put((String) keysAndScores[i], (Integer) keysAndScores[i + 1]);
    }
    return new RubricScores(scores);
  }
}

package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The .ics text against RFC 5545, with Vietnamese text where it matters. */
class CalendarInviteIcsTest {

  static final Instant STAMP = Instant.parse("2026-11-28T01:30:00Z");
  static final String LONG_DESCRIPTION =
      "Nội dung sinh hoạt: đánh giá việc thực hiện nghị quyết tháng trước; thảo luận, quyết định"
          + " nhiệm vụ tháng tới; phê bình và tự phê bình; biểu quyết kết nạp quần chúng ưu tú"
          + " Nguyễn Thị Ánh Tuyết vào Đảng. Đề nghị các đồng chí đảng viên đọc trước tài liệu"
          + " trên Sổ tay đảng viên điện tử 😊 và có mặt đúng giờ.";

  static CalendarInvite meeting(String description) {
    return new CalendarInvite(
        "MTG-MB01-2026-12@chibo",
        "Sinh hoạt chi bộ thường kỳ tháng 12/2026",
        "Hội trường thôn Mỹ Bằng, xã Mỹ Bằng",
        description,
        LocalDateTime.of(2026, 12, 3, 8, 0),
        LocalDateTime.of(2026, 12, 3, 10, 0),
        "bithu.mb01@example.vn",
        "Nguyễn Văn An");
  }

  @Test
  void foldsLongVietnameseLinesAtSeventyFiveOctetsWithoutBreakingACharacter() {
    String ics = meeting(LONG_DESCRIPTION).toIcs(STAMP, null, null);

    List<String> physical = Arrays.asList(ics.split("\r\n", -1));
    assertThat(physical.get(physical.size() - 1)).as("ends with CRLF").isEmpty();
    for (String line : physical) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
      assertThat(strictUtf8(bytes)).as("each physical line is whole UTF-8").isEqualTo(line);
    }
    long continuations = physical.stream().filter(l -> l.startsWith(" ")).count();
    assertThat(continuations).isGreaterThan(3);

    String description =
        unfold(ics).lines().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
    assertThat(description).isEqualTo("DESCRIPTION:" + IcsText.escape(LONG_DESCRIPTION));
    assertThat(unescape(description.substring("DESCRIPTION:".length())))
        .isEqualTo(LONG_DESCRIPTION);
  }

  @Test
  void foldsAtExactlySeventyFiveOctetsAndNotBefore() {
    String ascii75 = "X".repeat(75);
    assertThat(IcsText.fold(ascii75)).isEqualTo(ascii75 + "\r\n");
    assertThat(IcsText.fold(ascii75 + "Y")).isEqualTo(ascii75 + "\r\n Y\r\n");
    // "ệ" is 3 octets: 73 + 3 would be 76, so it moves whole to the next line.
    String x73 = "X".repeat(73);
    assertThat(IcsText.fold(x73 + "ệ")).isEqualTo(x73 + "\r\n ệ\r\n");
    // Continuation lines hold 74 octets after their leading space.
    String folded = IcsText.fold("X".repeat(75 + 74 + 1));
    assertThat(folded.split("\r\n")).containsExactly("X".repeat(75), " " + "X".repeat(74), " X");
  }

  @Test
  void escapesBackslashSemicolonCommaAndLineBreaks() {
    assertThat(IcsText.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    String ics = meeting("Dòng 1; dòng 2, dòng 3\nDòng 4 \\ hết").toIcs(STAMP, null, null);
    assertThat(unfold(ics))
        .contains("DESCRIPTION:Dòng 1\\; dòng 2\\, dòng 3\\nDòng 4 \\\\ hết\r\n")
        .contains("LOCATION:Hội trường thôn Mỹ Bằng\\, xã Mỹ Bằng\r\n");
  }

  @Test
  void writesTheEventInVietnamTimeWithItsTimeZoneAndTheStampInUtc() {
    String ics = unfold(meeting("Họp").toIcs(STAMP, "annv@example.vn", "Nguyễn Văn An"));
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Chi bo so//Thong bao//VI\r\nVERSION:2.0\r\n")
        .contains("METHOD:REQUEST\r\n")
        .contains(
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\n")
        .contains("UID:MTG-MB01-2026-12@chibo\r\n")
        .contains("DTSTAMP:20261128T013000Z\r\n")
        .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261203T080000\r\n")
        .contains("DTEND;TZID=Asia/Ho_Chi_Minh:20261203T100000\r\n")
        .contains("SUMMARY:Sinh hoạt chi bộ thường kỳ tháng 12/2026\r\n")
        .contains("ORGANIZER;CN=\"Nguyễn Văn An\":mailto:bithu.mb01@example.vn\r\n")
        .contains("ATTENDEE;CN=\"Nguyễn Văn An\";ROLE=REQ-PARTICIPANT")
        .contains(":mailto:annv@example.vn\r\n")
        .contains("SEQUENCE:0\r\n")
        .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isLessThan(ics.indexOf("BEGIN:VEVENT"));
  }

  @Test
  void aChangedInvitationCarriesAHigherSequenceAndTheSameUid() {
    CalendarInvite first = meeting("Họp");
    CalendarInvite moved =
        new CalendarInvite(
            first.uid(),
            first.summary(),
            "Nhà văn hóa thôn",
            first.description(),
            first.start().plusDays(1),
            first.end().plusDays(1),
            first.organizerEmail(),
            first.organizerName(),
            1);
    assertThat(moved.toIcs(STAMP, null, null))
        .contains("UID:MTG-MB01-2026-12@chibo\r\n")
        .contains("SEQUENCE:1\r\n")
        .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261204T080000\r\n");
  }

  @Test
  void quotesNamesInParametersAndLeavesOutWhatIsNotGiven() {
    CalendarInvite invite =
        new CalendarInvite(
            "u1",
            "Họp",
            " ",
            null,
            LocalDateTime.of(2026, 12, 3, 8, 0),
            LocalDateTime.of(2026, 12, 3, 9, 0),
            "a@example.vn",
            "Chi ủy \"MB01\"; thôn 1, xã: Mỹ Bằng");
    String ics = invite.toIcs(STAMP, null, null);
    assertThat(unfold(ics))
        .contains("ORGANIZER;CN=\"Chi ủy 'MB01'; thôn 1, xã: Mỹ Bằng\":mailto:a@example.vn\r\n")
        .doesNotContain("LOCATION")
        .doesNotContain("DESCRIPTION")
        .doesNotContain("ATTENDEE");
    assertThat(invite.toIcs()).contains("DTSTAMP:").contains("UID:u1\r\n");
  }

  @Test
  void refusesAnInvitationThatEndsBeforeItStartsOrHasNoOrganizerAddress() {
    LocalDateTime start = LocalDateTime.of(2026, 12, 3, 8, 0);
    assertThatThrownBy(
            () -> new CalendarInvite("u", "Họp", null, null, start, start, "a@example.vn", null))
        .hasMessageContaining("end");
    assertThatThrownBy(
            () ->
                new CalendarInvite(
                    "u", "Họp", null, null, start, start.plusHours(1), "không phải địa chỉ", null))
        .hasMessageContaining("organizerEmail");
    assertThatThrownBy(
            () ->
                new CalendarInvite(
                    "u\r\nX-EVIL:1", "Họp", null, null, start, start.plusHours(1), "a@b.vn", null))
        .hasMessageContaining("uid");
  }

  static String unfold(String ics) {
    return ics.replace("\r\n ", "").replace("\r\n\t", "");
  }

  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Decodes refusing malformed input, so a cut character would fail instead of becoming '?'. */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a physical line is not whole UTF-8", e);
    }
  }
}

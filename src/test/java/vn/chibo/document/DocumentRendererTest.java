package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates and fonts a user adds: a template in the template folder replaces the shipped one of
 * that name and is read again on every render; TrueType fonts in the font folder are known by their
 * own family names.
 */
class DocumentRendererTest {

  @TempDir Path dir;

  @Test
  void aTemplateInTheTemplateFolderIsUsedAndEditsShowOnTheNextRender() throws Exception {
    Path template = dir.resolve("meeting-notice.html");
    Files.writeString(template, page("Giấy mời họp chi bộ Đồng Hương"), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("document.css"), "p { font-size: 20pt; }", StandardCharsets.UTF_8);
    DocumentRenderer renderer = new DocumentRenderer(new DocumentProperties(dir, null));

    String xhtml = renderer.xhtml("meeting-notice", Map.of("who", "Nguyễn Văn An"));
    assertThat(xhtml)
        .contains("Giấy mời họp chi bộ Đồng Hương", "Nguyễn Văn An", "font-size: 20pt");
    assertThat(PdfText.of(renderer.pdf("meeting-notice", Map.of("who", "Nguyễn Văn An"), "x")))
        .contains("Giấy mời họp chi bộ Đồng Hương Nguyễn Văn An");

    Files.writeString(template, page("Giấy mời đã sửa"), StandardCharsets.UTF_8);
    assertThat(renderer.xhtml("meeting-notice", Map.of("who", "Hà Thị Lan")))
        .contains("Giấy mời đã sửa", "Hà Thị Lan");
    // A template that is not in the folder is the shipped one, with the shipped layout's parts.
    assertThat(Files.exists(dir.resolve("layout.html"))).isFalse();
  }

  @Test
  void fontsInTheFontFolderAreKnownByTheirFamilyWeightAndStyle() throws Exception {
    for (String face : new String[] {"DejaVuSans.ttf", "DejaVuSans-BoldOblique.ttf"}) {
      try (InputStream in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + face)) {
        Files.copy(in, dir.resolve(face));
      }
    }
    Files.writeString(dir.resolve("readme.txt"), "không phải phông chữ");
    var fonts = DocumentRenderer.localFonts(dir);
    assertThat(fonts)
        .extracting(f -> f.family() + " " + f.weight() + " " + f.style())
        .containsExactlyInAnyOrder("DejaVu Sans 400 NORMAL", "DejaVu Sans 700 ITALIC");
  }

  private static String page(String title) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
        + " xmlns:th=\"http://www.thymeleaf.org\"><head><meta charset=\"UTF-8\"/>"
        + "<style th:utext=\"${css}\"></style></head><body><p>"
        + title
        + " <span th:text=\"${who}\">x</span></p></body></html>";
  }
}

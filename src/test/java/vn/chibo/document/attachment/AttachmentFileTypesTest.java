package vn.chibo.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.chibo.workflow.Errors;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.UploadedFiles;

/** What a file is, told from its bytes; the limits and the way back to the page. No Spring. */
class AttachmentFileTypesTest {

  @Test
  void recognisesEachAcceptedTypeByItsContent() {
    assertThat(UploadedFiles.sniff(AttachmentFiles.PDF)).isEqualTo(UploadedFiles.PDF);
    assertThat(UploadedFiles.sniff(AttachmentFiles.JPEG)).isEqualTo(UploadedFiles.JPEG);
    assertThat(UploadedFiles.sniff(AttachmentFiles.PNG)).isEqualTo(UploadedFiles.PNG);
    assertThat(UploadedFiles.sniff(AttachmentFiles.docx())).isEqualTo(UploadedFiles.DOCX);
    assertThat(AttachmentService.ACCEPTED)
        .containsExactlyInAnyOrder(
            UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.DOCX);
  }

  @Test
  void recognisesNothingInAProgramTextAZipThatIsNoWordDocumentOrABrokenOne() {
    assertThat(UploadedFiles.sniff(AttachmentFiles.EXE)).isNull();
    assertThat(UploadedFiles.sniff(AttachmentFiles.TEXT)).isNull();
    assertThat(UploadedFiles.sniff(AttachmentFiles.zipWithoutDocument())).isNull();
    assertThat(UploadedFiles.sniff(new byte[0])).isNull();
    assertThat(UploadedFiles.sniff(null)).isNull();
    // The ZIP signature alone, or a Word document cut short before its directory.
    assertThat(UploadedFiles.sniff("PK\u0003\u0004 không phải".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    byte[] docx = AttachmentFiles.docx();
    assertThat(UploadedFiles.sniff(Arrays.copyOf(docx, docx.length - 30))).isNull();
  }

  @Test
  void tellsAWordDocumentWithMacrosApartSoThatItCanBeRefused() {
    assertThat(UploadedFiles.sniff(AttachmentFiles.docm())).isEqualTo(UploadedFiles.DOCM);
    assertThat(AttachmentService.ACCEPTED).doesNotContain(UploadedFiles.DOCM);
  }

  @Test
  void keepsOnlyTheLastPartOfTheNameABrowserSends() {
    Errors errors = new Errors();
    assertThat(
            UploadedFiles.cleanName("C:\\Tài liệu\\Biên bản \"tháng 3\".pdf", "x", "file", errors))
        .isEqualTo("Biên bản tháng 3.pdf");
    assertThat(UploadedFiles.cleanName("  ", "tep-dinh-kem", "file", errors))
        .isEqualTo("tep-dinh-kem");
    assertThat(UploadedFiles.cleanName("a".repeat(256), "x", "file", errors)).isNull();
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("file"));
  }

  @Test
  void theLimitIsTenMegabytesUnlessConfigured() {
    assertThat(new AttachmentProperties(null).maxBytes()).isEqualTo(DataSize.ofMegabytes(10));
    assertThat(new AttachmentProperties(DataSize.ofKilobytes(512)).maxBytes().toBytes())
        .isEqualTo(512 * 1024);
    assertThatThrownBy(() -> new AttachmentProperties(DataSize.ofBytes(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AttachmentService.size(1)).isEqualTo("1 KB");
    assertThat(AttachmentService.size(10 * 1024 * 1024)).isEqualTo("10 MB");
    assertThat(AttachmentService.size(1024 * 1024 + 200 * 1024)).isEqualTo("1,2 MB");
  }

  @Test
  void theFormReturnsOnlyToAPageOfThisApplication() {
    String page = "/meetings/MTG-MB01-2027-03";
    assertThat(AttachmentController.samePagePath("/admissions/task?taskId=42", page))
        .isEqualTo("/admissions/task?taskId=42");
    assertThat(AttachmentController.samePagePath("https://example.com/x", page)).isEqualTo(page);
    assertThat(AttachmentController.samePagePath("//example.com/x", page)).isEqualTo(page);
    assertThat(AttachmentController.samePagePath("/\\example.com", page)).isEqualTo(page);
    assertThat(AttachmentController.samePagePath("/api/cases/X/attachments", page)).isEqualTo(page);
    assertThat(AttachmentController.samePagePath(null, page)).isEqualTo(page);
  }
}

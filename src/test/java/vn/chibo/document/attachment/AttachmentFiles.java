package vn.chibo.document.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each type, and files that only pretend to be one, for attachment tests. */
final class AttachmentFiles {

  private AttachmentFiles() {}

  static final byte[] PDF =
      "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  static final byte[] JPEG =
      bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0xFF, 0xD9);

  static final byte[] PNG =
      bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

  /** A Windows program: "MZ" and the DOS stub. */
  static final byte[] EXE =
      bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8, 0, 0, 0);

  /** Plain text, to be sent under a {@code .pdf} name. */
  static final byte[] TEXT = "Biên bản sinh hoạt chi bộ tháng 3\n".getBytes(StandardCharsets.UTF_8);

  static byte[] docx() {
    return zip(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types/>",
        "word/document.xml",
        "<?xml version=\"1.0\"?><w:document/>");
  }

  /** A Word document with macros. */
  static byte[] docm() {
    return zip(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types/>",
        "word/document.xml",
        "<?xml version=\"1.0\"?><w:document/>",
        "word/vbaProject.bin",
        "macro");
  }

  /** A ZIP that is no Word document, to be sent under a {@code .docx} name. */
  static byte[] zipWithoutDocument() {
    return zip("ghi-chu.txt", "không phải văn bản Word");
  }

  /** A PDF of exactly {@code size} bytes. */
  static byte[] pdfOf(int size) {
    byte[] b = Arrays.copyOf(PDF, size);
    Arrays.fill(b, PDF.length, size, (byte) ' ');
    return b;
  }

  private static byte[] zip(String... namesAndContents) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}

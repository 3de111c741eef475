package vn.chibo.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What an uploaded file is, judged by its bytes and never by its name, and the checks every upload
 * shares (the name it is kept under, its fingerprint). A text file renamed {@code .pdf} or a
 * program renamed {@code .jpg} is recognised as none of the accepted types.
 */
public final class UploadedFiles {

  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** A Word document with macros: recognised so that it can be refused by name. */
  public static final String DOCM = "application/vnd.ms-word.document.macroEnabled.12";

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

  private UploadedFiles() {}

  /** The content type from the file's bytes; null when it is none of the types above. */
  public static String sniff(byte[] b) {
    if (b == null) {
      return null;
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return PDF;
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return JPEG;
    }
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return PNG;
    }
    if (b.length >= 4 && le32(b, 0) == LOCAL_HEADER) {
      List<String> names = zipEntryNames(b);
      if (names != null && names.contains("word/document.xml")) {
        return names.contains("word/vbaProject.bin") ? DOCM : DOCX;
      }
    }
    return null;
  }

  /**
   * The entry names of a ZIP file from its central directory, without inflating anything (a
   * compressed bomb costs nothing to look at this way); null when the directory is not readable.
   */
  static List<String> zipEntryNames(byte[] b) {
    int last = b.length - 22;
    int first = Math.max(0, last - 0xFFFF);
    for (int end = last; end >= first; end--) {
      if (le32(b, end) != END_OF_CENTRAL_DIRECTORY) {
        continue;
      }
      int entries = le16(b, end + 10);
      long size = le32(b, end + 12) & 0xFFFFFFFFL;
      long offset = le32(b, end + 16) & 0xFFFFFFFFL;
      if (offset + size > end) {
        return null;
      }
      List<String> names = new ArrayList<>(entries);
      int at = (int) offset;
      for (int i = 0; i < entries; i++) {
        if (at + 46 > end || le32(b, at) != CENTRAL_HEADER) {
          return null;
        }
        int nameLength = le16(b, at + 28);
        int extraLength = le16(b, at + 30);
        int commentLength = le16(b, at + 32);
        if (at + 46 + nameLength > end) {
          return null;
        }
        names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
        at += 46 + nameLength + extraLength + commentLength;
      }
      return names;
    }
    return null;
  }

  /** SHA-256 of the content, in lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The name a file is kept under: the last part of the path a browser may send, without control
   * characters or quotes; {@code fallback} when nothing is left; refused on {@code field} when
   * longer than 255 characters (null then).
   */
  public static String cleanName(String name, String fallback, String field, Errors errors) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty()) {
      return fallback;
    }
    if (base.length() > 255) {
      errors.reject(field, "tên tệp dài quá 255 ký tự");
      return null;
    }
    return base;
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int le32(byte[] b, int at) {
    if (at < 0 || at + 4 > b.length) {
      return 0;
    }
    return (b[at] & 0xff)
        | (b[at + 1] & 0xff) << 8
        | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}

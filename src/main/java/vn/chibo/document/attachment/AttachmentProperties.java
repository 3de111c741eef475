package vn.chibo.document.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on attached files.
 *
 * @param maxBytes the largest file accepted (10 MB unless configured; a plain number is bytes). The
 *     server's multipart limit ({@code spring.servlet.multipart.max-file-size}) must stay a little
 *     above it, so that this check, which names the file and the limit, is the one people see.
 */
@ConfigurationProperties("chibo.attachments")
public record AttachmentProperties(DataSize maxBytes) {

  public AttachmentProperties {
    maxBytes = maxBytes == null ? DataSize.ofMegabytes(10) : maxBytes;
    if (maxBytes.toBytes() < 1 || maxBytes.toBytes() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "chibo.attachments.max-bytes: phải lớn hơn 0 và nhỏ hơn 2 GB");
    }
  }
}

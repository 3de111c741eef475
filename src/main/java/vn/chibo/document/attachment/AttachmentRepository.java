package vn.chibo.document.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code attachment} table: rows are only ever added. */
@Repository
class AttachmentRepository {

  private static final String COLUMNS =
      "id, case_key, branch_id, task_id, task_name, file_name, content_type, size_bytes, sha256,"
          + " description, uploaded_by, uploaded_at";

  private final JdbcClient jdbc;

  AttachmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewAttachment a) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into attachment (case_key, branch_id, task_id, task_name, file_name,"
                + " content_type, size_bytes, sha256, content, description, uploaded_by,"
                + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.caseKey(),
            a.branchId(),
            a.taskId(),
            a.taskName(),
            a.fileName(),
            a.contentType(),
            a.content().length,
            a.sha256(),
            a.content(),
            a.description(),
            a.uploadedBy(),
            Timestamp.valueOf(a.uploadedAt()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** A case's files, newest first. */
  List<Attachment> ofCase(String caseKey) {
    return jdbc.sql("select " + COLUMNS + " from attachment where case_key = ? order by id desc")
        .param(caseKey)
        .query(AttachmentRepository::map)
        .list();
  }

  Optional<Attachment> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from attachment where id = ?")
        .param(id)
        .query(AttachmentRepository::map)
        .optional();
  }

  byte[] content(long id) {
    return jdbc.sql("select content from attachment where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  private static Attachment map(ResultSet rs, int n) throws SQLException {
    return new Attachment(
        rs.getLong("id"),
        rs.getString("case_key"),
        rs.getLong("branch_id"),
        rs.getString("task_id"),
        rs.getString("task_name"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getString("description"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toLocalDateTime());
  }

  record NewAttachment(
      String caseKey,
      long branchId,
      String taskId,
      String taskName,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      String description,
      String uploadedBy,
      java.time.LocalDateTime uploadedAt) {}
}

package vn.chibo.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The issued documents. Rows are only ever inserted: there is no update or delete here, and a
 * correction is a new row.
 */
@Repository
class DocumentRepository {

  private static final String COLUMNS =
      "id, doc_type, subject_key, branch_id, issuer_id, version, previous_id, doc_number, symbol,"
          + " doc_year, reference, title, document_date, correction_reason, file_name, size_bytes,"
          + " sha256, issued_by, issued_at";

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(OfficialDocument d, byte[] content) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into official_document (doc_type, subject_key, branch_id, issuer_id, version,"
                + " previous_id, doc_number, symbol, doc_year, reference, title, document_date,"
                + " correction_reason, file_name, size_bytes, sha256, content, issued_by,"
                + " issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.type().name(),
            d.subjectKey(),
            d.branchId(),
            d.issuerId(),
            d.version(),
            d.previousId(),
            d.number(),
            d.symbol(),
            d.year(),
            d.reference(),
            d.title(),
            d.documentDate(),
            d.correctionReason(),
            d.fileName(),
            d.sizeBytes(),
            d.sha256(),
            content,
            d.issuedBy(),
            Timestamp.valueOf(d.issuedAt()))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<OfficialDocument> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from official_document where id = ?")
        .param(id)
        .query(DocumentRepository::map)
        .optional();
  }

  /** Every issued version about the case, oldest first. */
  List<OfficialDocument> ofSubject(String subjectKey) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from official_document where subject_key = ? order by doc_type, version")
        .param(subjectKey)
        .query(DocumentRepository::map)
        .list();
  }

  Optional<OfficialDocument> latest(DocumentType type, String subjectKey) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from official_document where doc_type = ? and subject_key = ?"
                + " order by version desc limit 1")
        .params(type.name(), subjectKey)
        .query(DocumentRepository::map)
        .optional();
  }

  Optional<byte[]> content(long id) {
    return jdbc.sql("select content from official_document where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  private static OfficialDocument map(ResultSet rs, int n) throws SQLException {
    long previousId = rs.getLong("previous_id");
    Long previous = rs.wasNull() ? null : previousId;
    return new OfficialDocument(
        rs.getLong("id"),
        DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("subject_key"),
        rs.getLong("branch_id"),
        rs.getLong("issuer_id"),
        rs.getInt("version"),
        previous,
        rs.getInt("doc_number"),
        rs.getString("symbol"),
        rs.getInt("doc_year"),
        rs.getString("reference"),
        rs.getString("title"),
        rs.getObject("document_date", java.time.LocalDate.class),
        rs.getString("correction_reason"),
        rs.getString("file_name"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getString("issued_by"),
        rs.getTimestamp("issued_at").toLocalDateTime());
  }
}

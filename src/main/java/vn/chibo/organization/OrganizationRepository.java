package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

  private static final String COLUMNS =
      "id, code, name, type, parent_id, competent_committee_id, active";

  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Organization> findAll() {
    return jdbc.sql("select " + COLUMNS + " from party_organization order by code")
        .query(OrganizationRepository::map)
        .list();
  }

  Optional<Organization> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from party_organization where id = ?")
        .param(id)
        .query(OrganizationRepository::map)
        .optional();
  }

  Optional<Organization> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from party_organization where code = ?")
        .param(code)
        .query(OrganizationRepository::map)
        .optional();
  }

  long insert(Organization org) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into party_organization (code, name, search_name, type, parent_id,"
                + " competent_committee_id, active) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            org.code(),
            org.name(),
            SearchText.fold(org.name()),
            org.type().name(),
            org.parentId(),
            org.competentCommitteeId(),
            org.active())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Updates everything but the id and code; returns whether anything changed. */
  boolean update(Organization org) {
    return jdbc.sql(
                "update party_organization set name = ?, search_name = ?, type = ?, parent_id = ?,"
                    + " competent_committee_id = ?, active = ? where id = ?")
            .params(
                org.name(),
                SearchText.fold(org.name()),
                org.type().name(),
                org.parentId(),
                org.competentCommitteeId(),
                org.active(),
                org.id())
            .update()
        > 0;
  }

  private static Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getObject("parent_id", Long.class),
        rs.getObject("competent_committee_id", Long.class),
        rs.getBoolean("active"));
  }
}

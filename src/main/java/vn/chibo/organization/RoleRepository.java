package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RoleRepository {

  private static final String COLUMNS =
      "id, member_id, organization_id, role, valid_from, valid_to, subject_member_id";
  private static final String ACTIVE_ON =
      " valid_from <= :day and (valid_to is null or valid_to > :day)";

  private final JdbcClient jdbc;

  RoleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RoleAssignment> activeOn(LocalDate day) {
    return jdbc.sql("select " + COLUMNS + " from organization_role where" + ACTIVE_ON)
        .param("day", day)
        .query(RoleRepository::map)
        .list();
  }

  List<RoleAssignment> activeForMember(long memberId, LocalDate day) {
    return jdbc.sql(
            "select " + COLUMNS + " from organization_role where member_id = :m and" + ACTIVE_ON)
        .param("m", memberId)
        .param("day", day)
        .query(RoleRepository::map)
        .list();
  }

  List<RoleAssignment> activeForOrganization(long organizationId, LocalDate day) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organization_role where organization_id = :o and"
                + ACTIVE_ON
                + " order by role, id")
        .param("o", organizationId)
        .param("day", day)
        .query(RoleRepository::map)
        .list();
  }

  List<RoleAssignment> findAllForMember(long memberId) {
    return jdbc.sql(
            "select " + COLUMNS + " from organization_role where member_id = ? order by valid_from")
        .param(memberId)
        .query(RoleRepository::map)
        .list();
  }

  List<RoleAssignment> findAll() {
    return jdbc.sql("select " + COLUMNS + " from organization_role order by id")
        .query(RoleRepository::map)
        .list();
  }

  long insert(RoleAssignment r) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into organization_role (member_id, organization_id, role, valid_from, valid_to,"
                + " subject_member_id) values (?, ?, ?, ?, ?, ?)")
        .params(
            r.memberId(),
            r.organizationId(),
            r.role().name(),
            r.validFrom(),
            r.validTo(),
            r.subjectMemberId())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void endTerm(long roleId, LocalDate validTo) {
    jdbc.sql("update organization_role set valid_to = ? where id = ?")
        .params(validTo, roleId)
        .update();
  }

  private static RoleAssignment map(ResultSet rs, int row) throws SQLException {
    return new RoleAssignment(
        rs.getLong("id"),
        rs.getLong("member_id"),
        rs.getLong("organization_id"),
        RoleType.valueOf(rs.getString("role")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        rs.getObject("subject_member_id", Long.class));
  }
}

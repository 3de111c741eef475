package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

  private static final String COLUMNS =
      "id, code, full_name, birth_date, gender, branch_id, status, status_since,"
          + " admission_decision_date, ceremony_date, recognition_date, email, phone, username";

  private final JdbcClient jdbc;

  MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Member> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from party_member where id = ?")
        .param(id)
        .query(MemberRepository::map)
        .optional();
  }

  Optional<Member> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from party_member where code = ?")
        .param(code)
        .query(MemberRepository::map)
        .optional();
  }

  Optional<Member> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from party_member where username = ?")
        .param(username)
        .query(MemberRepository::map)
        .optional();
  }

  List<Member> findByBranch(long branchId) {
    return jdbc.sql(
            "select " + COLUMNS + " from party_member where branch_id = ? order by full_name")
        .param(branchId)
        .query(MemberRepository::map)
        .list();
  }

  List<Member> findAll() {
    return jdbc.sql("select " + COLUMNS + " from party_member order by id")
        .query(MemberRepository::map)
        .list();
  }

  /**
   * The members with the given codes; asks in chunks so that a large import stays one query each.
   */
  List<Member> findByCodes(Collection<String> codes) {
    List<String> all = List.copyOf(codes);
    List<Member> found = new java.util.ArrayList<>();
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          jdbc.sql("select " + COLUMNS + " from party_member where code in (:codes)")
              .param("codes", all.subList(from, Math.min(from + 1000, all.size())))
              .query(MemberRepository::map)
              .list());
    }
    return found;
  }

  List<Member> findByIds(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<Member> found = new java.util.ArrayList<>();
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          jdbc.sql("select " + COLUMNS + " from party_member where id in (:ids)")
              .param("ids", all.subList(from, Math.min(from + 1000, all.size())))
              .query(MemberRepository::map)
              .list());
    }
    return found;
  }

  /** Members whose folded name contains {@code foldedQuery}, limited to the given branches. */
  List<Member> search(String foldedQuery, Collection<Long> branchIds, int limit) {
    if (branchIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from party_member where search_name like :q escape '\\' and branch_id in"
                + " (:branches) order by search_name, id fetch first :limit rows only")
        .param("q", "%" + escapeLike(foldedQuery) + "%")
        .param("branches", branchIds)
        .param("limit", limit)
        .query(MemberRepository::map)
        .list();
  }

  /** How many members of each status a branch has. */
  Map<MemberStatus, Integer> countByStatus(long branchId) {
    return jdbc
        .sql("select status, count(*) as n from party_member where branch_id = ? group by status")
        .param(branchId)
        .query((rs, row) -> Map.entry(MemberStatus.valueOf(rs.getString(1)), rs.getInt(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  long insert(Member m) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into party_member (code, full_name, search_name, birth_date, gender, branch_id,"
                + " status, status_since, admission_decision_date, ceremony_date, recognition_date,"
                + " email, phone, username) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            m.code(),
            m.fullName(),
            SearchText.fold(m.fullName()),
            m.birthDate(),
            m.gender().name(),
            m.branchId(),
            m.status().name(),
            m.statusSince(),
            m.admissionDecisionDate(),
            m.ceremonyDate(),
            m.recognitionDate(),
            m.email(),
            m.phone(),
            m.username())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(Member m) {
    jdbc.sql(
            "update party_member set full_name = ?, search_name = ?, birth_date = ?, gender = ?,"
                + " branch_id = ?, status = ?, status_since = ?, admission_decision_date = ?,"
                + " ceremony_date = ?, recognition_date = ?, email = ?, phone = ?, username = ?"
                + " where id = ?")
        .params(
            m.fullName(),
            SearchText.fold(m.fullName()),
            m.birthDate(),
            m.gender().name(),
            m.branchId(),
            m.status().name(),
            m.statusSince(),
            m.admissionDecisionDate(),
            m.ceremonyDate(),
            m.recognitionDate(),
            m.email(),
            m.phone(),
            m.username(),
            m.id())
        .update();
  }

  void recordStatus(long memberId, MemberStatus status, LocalDate validFrom, String note) {
    jdbc.sql(
            "insert into member_status_change (member_id, status, valid_from, note) values (?, ?, ?, ?)")
        .params(memberId, status.name(), validFrom, note)
        .update();
  }

  List<StatusChange> statusHistory(long memberId) {
    return jdbc.sql(
            "select status, valid_from, note from member_status_change where member_id = ?"
                + " order by valid_from, id")
        .param(memberId)
        .query(
            (rs, row) ->
                new StatusChange(
                    MemberStatus.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3)))
        .list();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Member map(ResultSet rs, int row) throws SQLException {
    return new Member(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("full_name"),
        rs.getObject("birth_date", LocalDate.class),
        Gender.valueOf(rs.getString("gender")),
        rs.getLong("branch_id"),
        MemberStatus.valueOf(rs.getString("status")),
        rs.getObject("status_since", LocalDate.class),
        rs.getObject("admission_decision_date", LocalDate.class),
        rs.getObject("ceremony_date", LocalDate.class),
        rs.getObject("recognition_date", LocalDate.class),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("username"));
  }
}

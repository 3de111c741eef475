package vn.chibo.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ResolutionRepository {

  private static final String RESOLUTION_COLUMNS =
      "meeting_id, draft, revision, status, votes_for, votes_against, votes_abstain, vote_base,"
          + " votes_required, official_convened, transferred, exempted_absent, voted_at";
  private static final String ITEM_COLUMNS =
      "id, meeting_id, branch_id, title, assignee_member_id, due_date, status, report_note,"
          + " reported_at";

  private final JdbcClient jdbc;

  ResolutionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Resolution> find(String meetingId) {
    return jdbc.sql("select " + RESOLUTION_COLUMNS + " from resolution where meeting_id = ?")
        .param(meetingId)
        .query(ResolutionRepository::mapResolution)
        .optional();
  }

  void insertDraft(String meetingId, String draft) {
    jdbc.sql(
            "insert into resolution (meeting_id, draft, revision, status) values (?, ?, 1, 'DRAFT')")
        .params(meetingId, draft)
        .update();
  }

  void updateDraft(String meetingId, String draft, boolean newRevision) {
    jdbc.sql(
            "update resolution set draft = ?, revision = revision + ?, status = 'DRAFT',"
                + " votes_for = null, votes_against = null, votes_abstain = null, vote_base = null,"
                + " votes_required = null, official_convened = null, transferred = null,"
                + " exempted_absent = null, voted_at = null where meeting_id = ?")
        .params(draft, newRevision ? 1 : 0, meetingId)
        .update();
  }

  void updateVote(String meetingId, ResolutionStatus status, int[] counts, LocalDateTime at) {
    jdbc.sql(
            "update resolution set status = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,"
                + " official_convened = ?, transferred = ?, exempted_absent = ?, vote_base = ?,"
                + " votes_required = ?, voted_at = ? where meeting_id = ?")
        .params(
            status.name(),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            counts[4],
            counts[5],
            counts[6],
            counts[7],
            Timestamp.valueOf(at),
            meetingId)
        .update();
  }

  void updateStatus(String meetingId, ResolutionStatus status) {
    jdbc.sql("update resolution set status = ? where meeting_id = ?")
        .params(status.name(), meetingId)
        .update();
  }

  long insertItem(String meetingId, long branchId, String title, long assignee, LocalDate due) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into action_item (meeting_id, branch_id, title, assignee_member_id, due_date,"
                + " status) values (?, ?, ?, ?, ?, 'PLANNED')")
        .params(meetingId, branchId, title, assignee, due)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void deletePlannedItems(String meetingId) {
    jdbc.sql("delete from action_item where meeting_id = ? and status = 'PLANNED'")
        .param(meetingId)
        .update();
  }

  int openPlannedItems(String meetingId) {
    return jdbc.sql(
            "update action_item set status = 'OPEN' where meeting_id = ? and status = 'PLANNED'")
        .param(meetingId)
        .update();
  }

  Optional<ActionItem> findItem(long id) {
    return jdbc.sql("select " + ITEM_COLUMNS + " from action_item where id = ?")
        .param(id)
        .query(ResolutionRepository::mapItem)
        .optional();
  }

  List<ActionItem> itemsOfMeeting(String meetingId) {
    return jdbc.sql("select " + ITEM_COLUMNS + " from action_item where meeting_id = ? order by id")
        .param(meetingId)
        .query(ResolutionRepository::mapItem)
        .list();
  }

  List<ActionItem> unfinishedOfBranch(long branchId) {
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from action_item where branch_id = ? and status in ('OPEN', 'NOT_DONE')"
                + " order by due_date, id")
        .param(branchId)
        .query(ResolutionRepository::mapItem)
        .list();
  }

  List<ActionItem> itemsOfAssignee(long memberId) {
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from action_item where assignee_member_id = ? and status <> 'PLANNED'"
                + " order by due_date desc, id")
        .param(memberId)
        .query(ResolutionRepository::mapItem)
        .list();
  }

  int report(long id, ActionItemStatus status, String note, String by, LocalDateTime at) {
    return jdbc.sql(
            "update action_item set status = ?, report_note = ?, reported_by = ?, reported_at = ?"
                + " where id = ? and status = 'OPEN'")
        .params(status.name(), note, by, Timestamp.valueOf(at), id)
        .update();
  }

  private static Resolution mapResolution(ResultSet rs, int row) throws SQLException {
    Timestamp voted = rs.getTimestamp("voted_at");
    return new Resolution(
        rs.getString("meeting_id"),
        rs.getString("draft"),
        rs.getInt("revision"),
        ResolutionStatus.valueOf(rs.getString("status")),
        (Integer) rs.getObject("votes_for", Integer.class),
        (Integer) rs.getObject("votes_against", Integer.class),
        (Integer) rs.getObject("votes_abstain", Integer.class),
        (Integer) rs.getObject("vote_base", Integer.class),
        (Integer) rs.getObject("votes_required", Integer.class),
        (Integer) rs.getObject("official_convened", Integer.class),
        (Integer) rs.getObject("transferred", Integer.class),
        (Integer) rs.getObject("exempted_absent", Integer.class),
        voted == null ? null : voted.toLocalDateTime());
  }

  private static ActionItem mapItem(ResultSet rs, int row) throws SQLException {
    Timestamp reported = rs.getTimestamp("reported_at");
    return new ActionItem(
        rs.getLong("id"),
        rs.getString("meeting_id"),
        rs.getLong("branch_id"),
        rs.getString("title"),
        rs.getLong("assignee_member_id"),
        rs.getObject("due_date", LocalDate.class),
        ActionItemStatus.valueOf(rs.getString("status")),
        rs.getString("report_note"),
        reported == null ? null : reported.toLocalDateTime());
  }
}

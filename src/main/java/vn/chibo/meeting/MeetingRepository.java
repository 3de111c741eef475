package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.organization.MemberStatus;

@Repository
class MeetingRepository {

  private static final String COLUMNS =
      "id, branch_id, kind, meeting_month, scheduled_date, start_time, place, thematic_topic,"
          + " status, agreement_comment, agreement_late, notice_sent_at, held_start, held_end,"
          + " held_late, chaired_by, minutes_by, guests, duration_warning, score, grade";
  private static final String AGENDA_COLUMNS =
      "id, meeting_id, section, sort_order, title, source_action_item_id, notes, speakers";

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the meeting; the primary key refuses a second one with the same id. */
  void insert(Meeting m, String openedBy, LocalDateTime at) {
    jdbc.sql(
            "insert into meeting (id, branch_id, kind, meeting_month, scheduled_date, start_time,"
                + " place, thematic_topic, status, opened_by, opened_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            m.id(),
            m.branchId(),
            m.kind().name(),
            m.month().toString(),
            m.scheduledDate(),
            m.startTime(),
            m.place(),
            m.thematicTopic(),
            m.status().name(),
            openedBy,
            Timestamp.valueOf(at))
        .update();
  }

  boolean exists(String id) {
    return jdbc.sql("select count(*) from meeting where id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  Optional<Meeting> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from meeting where id = ?")
        .param(id)
        .query(MeetingRepository::map)
        .optional();
  }

  List<Meeting> ofBranch(long branchId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from meeting where branch_id = ? order by scheduled_date desc, id")
        .param(branchId)
        .query(MeetingRepository::map)
        .list();
  }

  List<Meeting> ofBranches(Collection<Long> branchIds, YearMonth month) {
    if (branchIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from meeting where branch_id in (:ids) and meeting_month = :month"
                + " order by scheduled_date, id")
        .param("ids", branchIds)
        .param("month", month.toString())
        .query(MeetingRepository::map)
        .list();
  }

  int countOfMonth(long branchId, YearMonth month, MeetingKind kind) {
    return jdbc.sql(
            "select count(*) from meeting where branch_id = ? and meeting_month = ? and kind = ?")
        .params(branchId, month.toString(), kind.name())
        .query(Integer.class)
        .single();
  }

  /**
   * Meetings in [from, to] that carry a thematic part: thematic ones or regular ones with a topic.
   */
  int countThematic(long branchId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) from meeting where branch_id = ? and scheduled_date between ? and ?"
                + " and (kind = 'THEMATIC' or thematic_topic is not null)")
        .params(branchId, from, to)
        .query(Integer.class)
        .single();
  }

  /**
   * Moves the meeting from one status to the next only if it is still where the caller expects: the
   * optimistic guard against two people acting on the same step.
   */
  int transition(String id, MeetingStatus from, MeetingStatus to) {
    return jdbc.sql(
            "update meeting set status = ?, version = version + 1 where id = ? and status = ?")
        .params(to.name(), id, from.name())
        .update();
  }

  void updateContent(String id, LocalTime startTime, String place, String thematicTopic) {
    jdbc.sql("update meeting set start_time = ?, place = ?, thematic_topic = ? where id = ?")
        .params(startTime, place, thematicTopic, id)
        .update();
  }

  void updateThematicTopic(String id, String topic) {
    jdbc.sql("update meeting set thematic_topic = ? where id = ?").params(topic, id).update();
  }

  void updateAgreement(String id, String comment, String by, LocalDateTime at) {
    jdbc.sql("update meeting set agreement_comment = ?, agreed_by = ?, agreed_at = ? where id = ?")
        .params(comment, by, Timestamp.valueOf(at), id)
        .update();
  }

  void markAgreementLate(String id) {
    jdbc.sql("update meeting set agreement_late = true where id = ?").param(id).update();
  }

  void markNoticeSent(String id, LocalDateTime at) {
    jdbc.sql("update meeting set notice_sent_at = ? where id = ?")
        .params(Timestamp.valueOf(at), id)
        .update();
  }

  void markMissed(String id, LocalDateTime at) {
    jdbc.sql(
            "update meeting set status = 'MISSED', missed_at = ? where id = ? and status <> 'HELD'"
                + " and status <> 'CLOSED'")
        .params(Timestamp.valueOf(at), id)
        .update();
  }

  void updateRecord(
      String id,
      LocalDateTime start,
      LocalDateTime end,
      boolean late,
      String chairedBy,
      String minutesBy,
      String guests,
      String durationWarning,
      String recordedBy) {
    jdbc.sql(
            "update meeting set status = 'HELD', held_start = ?, held_end = ?, held_late = ?,"
                + " chaired_by = ?, minutes_by = ?, guests = ?, duration_warning = ?,"
                + " recorded_by = ?, version = version + 1 where id = ?")
        .params(
            Timestamp.valueOf(start),
            Timestamp.valueOf(end),
            late,
            chairedBy,
            minutesBy,
            guests,
            durationWarning,
            recordedBy,
            id)
        .update();
  }

  void updateGrade(String id, int score, String grade, String by, LocalDateTime at) {
    jdbc.sql(
            "update meeting set score = ?, grade = ?, assessed_by = ?, status = 'CLOSED',"
                + " closed_at = ? where id = ?")
        .params(score, grade, by, Timestamp.valueOf(at), id)
        .update();
  }

  // --- agenda ---

  List<AgendaItem> agenda(String meetingId) {
    return jdbc.sql(
            "select "
                + AGENDA_COLUMNS
                + " from agenda_item where meeting_id = ? order by sort_order, id")
        .param(meetingId)
        .query(MeetingRepository::mapAgenda)
        .list();
  }

  void deleteTypedAgenda(String meetingId) {
    jdbc.sql("delete from agenda_item where meeting_id = ? and source_action_item_id is null")
        .param(meetingId)
        .update();
  }

  void insertAgenda(
      String meetingId, AgendaSection section, int order, String title, Long sourceActionItemId) {
    jdbc.sql(
            "insert into agenda_item (meeting_id, section, sort_order, title, source_action_item_id)"
                + " values (?, ?, ?, ?, ?)")
        .params(meetingId, section.name(), order, title, sourceActionItemId)
        .update();
  }

  boolean hasCarriedItem(String meetingId, long actionItemId) {
    return jdbc.sql(
                "select count(*) from agenda_item where meeting_id = ? and source_action_item_id = ?")
            .params(meetingId, actionItemId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void updateAgendaNotes(long agendaItemId, String meetingId, String notes, String speakers) {
    jdbc.sql("update agenda_item set notes = ?, speakers = ? where id = ? and meeting_id = ?")
        .params(notes, speakers, agendaItemId, meetingId)
        .update();
  }

  // --- roll call ---

  void replaceAttendance(String meetingId, List<Attendance> lines) {
    jdbc.sql("delete from attendance where meeting_id = ?").param(meetingId).update();
    for (Attendance a : lines) {
      jdbc.sql(
              "insert into attendance (meeting_id, member_id, member_status, presence, reason)"
                  + " values (?, ?, ?, ?, ?)")
          .params(meetingId, a.memberId(), a.memberStatus().name(), a.presence().name(), a.reason())
          .update();
    }
  }

  List<Attendance> attendance(String meetingId) {
    return jdbc.sql(
            "select meeting_id, member_id, member_status, presence, reason from attendance"
                + " where meeting_id = ? order by member_id")
        .param(meetingId)
        .query(
            (rs, i) ->
                new Attendance(
                    rs.getString("meeting_id"),
                    rs.getLong("member_id"),
                    MemberStatus.valueOf(rs.getString("member_status")),
                    Presence.valueOf(rs.getString("presence")),
                    rs.getString("reason")))
        .list();
  }

  /** Unexcused absences per member over meetings held in [from, to]. */
  Map<Long, Integer> unexcusedAbsences(Collection<Long> memberIds, LocalDate from, LocalDate to) {
    if (memberIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            "select a.member_id, count(*) as n from attendance a join meeting m on m.id ="
                + " a.meeting_id where a.member_id in (:ids) and a.presence = 'ABSENT_UNEXCUSED'"
                + " and m.scheduled_date between :from and :to group by a.member_id")
        .param("ids", memberIds)
        .param("from", from)
        .param("to", to)
        .query((rs, i) -> Map.entry(rs.getLong("member_id"), rs.getInt("n")))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Unexcused absences per member over one branch's meetings in [from, to]. */
  Map<Long, Integer> unexcusedAbsencesInBranch(long branchId, LocalDate from, LocalDate to) {
    return jdbc
        .sql(
            "select a.member_id, count(*) as n from attendance a join meeting m on m.id ="
                + " a.meeting_id where m.branch_id = :branch and a.presence = 'ABSENT_UNEXCUSED'"
                + " and m.scheduled_date between :from and :to group by a.member_id")
        .param("branch", branchId)
        .param("from", from)
        .param("to", to)
        .query((rs, i) -> Map.entry(rs.getLong("member_id"), rs.getInt("n")))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  // --- absence reviews ---

  boolean insertAbsenceReview(long memberId, String meetingId, int absences) {
    if (jdbc.sql("select count(*) from absence_review where member_id = ? and meeting_id = ?")
            .params(memberId, meetingId)
            .query(Integer.class)
            .single()
        > 0) {
      return false;
    }
    jdbc.sql("insert into absence_review (member_id, meeting_id, absences) values (?, ?, ?)")
        .params(memberId, meetingId, absences)
        .update();
    return true;
  }

  int decideAbsenceReview(
      long memberId,
      String meetingId,
      boolean proposeRemoval,
      String note,
      String by,
      LocalDateTime at) {
    return jdbc.sql(
            "update absence_review set propose_removal = ?, note = ?, decided_by = ?,"
                + " decided_at = ? where member_id = ? and meeting_id = ? and decided_at is null")
        .params(proposeRemoval, note, by, Timestamp.valueOf(at), memberId, meetingId)
        .update();
  }

  private static Meeting map(ResultSet rs, int row) throws SQLException {
    return new Meeting(
        rs.getString("id"),
        rs.getLong("branch_id"),
        MeetingKind.valueOf(rs.getString("kind")),
        YearMonth.parse(rs.getString("meeting_month")),
        rs.getObject("scheduled_date", LocalDate.class),
        rs.getObject("start_time", LocalTime.class),
        rs.getString("place"),
        rs.getString("thematic_topic"),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("agreement_comment"),
        rs.getBoolean("agreement_late"),
        toLocal(rs.getTimestamp("notice_sent_at")),
        toLocal(rs.getTimestamp("held_start")),
        toLocal(rs.getTimestamp("held_end")),
        rs.getBoolean("held_late"),
        rs.getString("chaired_by"),
        rs.getString("minutes_by"),
        rs.getString("guests"),
        rs.getString("duration_warning"),
        (Integer) rs.getObject("score", Integer.class),
        rs.getString("grade"));
  }

  private static AgendaItem mapAgenda(ResultSet rs, int row) throws SQLException {
    return new AgendaItem(
        rs.getLong("id"),
        rs.getString("meeting_id"),
        AgendaSection.valueOf(rs.getString("section")),
        rs.getInt("sort_order"),
        rs.getString("title"),
        (Long) rs.getObject("source_action_item_id", Long.class),
        rs.getString("notes"),
        rs.getString("speakers"));
  }

  private static LocalDateTime toLocal(Timestamp ts) {
    return ts == null ? null : ts.toLocalDateTime();
  }
}

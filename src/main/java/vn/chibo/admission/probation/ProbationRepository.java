package vn.chibo.admission.probation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.organization.Member;

/**
 * The tables {@code probation_case} and {@code probation_vote}. Every step's update names the
 * status it expects, so a second person acting on the same step changes no row and the caller
 * reports a conflict.
 */
@Repository
class ProbationRepository {

  private static final String COLUMNS =
      "id, member_id, branch_id, mentor_member_id, ceremony_date, probation_end, vote_due, status,"
          + " self_review_strengths, self_review_shortcomings, mentor_assessment,"
          + " mentor_recommendation, workplace_opinion, residence_opinion, proposal,"
          + " proposal_source, proposal_date, superior_note, superior_due, decision_due,"
          + " extensions, extension_reason, decision, decision_number, decision_date, end_reason";

  private static final String VOTE_COLUMNS =
      "case_id, vote_round, vote_date, official_members, exempted_members, vote_base,"
          + " votes_required, votes_recognition, votes_removal, outcome";

  private final JdbcClient jdbc;

  ProbationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ProbationCase> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from probation_case where id = ?")
        .param(id)
        .query(ProbationRepository::map)
        .optional();
  }

  Optional<ProbationCase> openCaseOf(long memberId) {
    return jdbc.sql("select " + COLUMNS + " from probation_case where open_member_id = ?")
        .param(memberId)
        .query(ProbationRepository::map)
        .optional();
  }

  /** Every case, open or ended, whose member is now in one of these branches. */
  List<ProbationCase> casesOf(Collection<Long> branchIds) {
    if (branchIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select " + COLUMNS + " from probation_case where branch_id in (:branches) order by id")
        .param("branches", branchIds)
        .query(ProbationRepository::map)
        .list();
  }

  /** Who opened the case and when, or empty for an unknown id. */
  Optional<ProbationService.Opening> opening(String id) {
    return jdbc.sql("select opened_by, opened_at from probation_case where id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new ProbationService.Opening(
                    rs.getString("opened_by"), rs.getTimestamp("opened_at").toLocalDateTime()))
        .optional();
  }

  /** The case opened for this member and this ceremony, open or not. */
  Optional<ProbationCase> caseOf(long memberId, LocalDate ceremonyDate) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from probation_case where member_id = ? and ceremony_date = ? order by opened_at"
                + " desc fetch first 1 rows only")
        .params(memberId, ceremonyDate)
        .query(ProbationRepository::map)
        .optional();
  }

  int nextNumber(String branchCode) {
    return jdbc.sql(
            "select coalesce(max(key_number), 0) + 1 from probation_case where key_branch = ?")
        .param(branchCode)
        .query(Integer.class)
        .single();
  }

  /** Inserts an open case; the keys refuse a second open case of the member or a taken number. */
  void insert(
      String id,
      String keyBranch,
      int keyNumber,
      Member member,
      Long mentorId,
      LocalDate ceremony,
      LocalDate probationEnd,
      LocalDate voteDue,
      String openedBy,
      LocalDateTime at) {
    jdbc.sql(
            "insert into probation_case (id, key_branch, key_number, member_id, open_member_id,"
                + " branch_id, mentor_member_id, ceremony_date, probation_end, vote_due, status,"
                + " opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            keyBranch,
            keyNumber,
            member.id(),
            member.id(),
            member.branchId(),
            mentorId,
            ceremony,
            probationEnd,
            voteDue,
            ProbationStatus.IN_PROBATION.name(),
            openedBy,
            Timestamp.valueOf(at))
        .update();
  }

  int transition(String id, ProbationStatus from, ProbationStatus to) {
    return jdbc.sql("update probation_case set status = ? where id = ? and status = ?")
        .params(to.name(), id, from.name())
        .update();
  }

  int saveSelfReview(
      String id, String strengths, String shortcomings, String by, LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set status = ?, self_review_strengths = ?,"
                + " self_review_shortcomings = ?, self_reviewed_by = ?, self_reviewed_at = ?"
                + " where id = ? and status = ?")
        .params(
            ProbationStatus.MENTOR_REPORT.name(),
            strengths,
            shortcomings,
            by,
            Timestamp.valueOf(at),
            id,
            ProbationStatus.SELF_REVIEW.name())
        .update();
  }

  int saveMentorReport(
      String id, String assessment, ProbationOutcome recommendation, String by, LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set status = ?, mentor_assessment = ?,"
                + " mentor_recommendation = ?, mentor_reported_by = ?, mentor_reported_at = ?"
                + " where id = ? and status = ?")
        .params(
            ProbationStatus.OPINIONS.name(),
            assessment,
            recommendation.name(),
            by,
            Timestamp.valueOf(at),
            id,
            ProbationStatus.MENTOR_REPORT.name())
        .update();
  }

  int saveOpinions(String id, String workplace, String residence, String by, LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set status = ?, workplace_opinion = ?, residence_opinion = ?,"
                + " opinions_by = ?, opinions_at = ? where id = ? and status = ?")
        .params(
            ProbationStatus.BRANCH_VOTE.name(),
            workplace,
            residence,
            by,
            Timestamp.valueOf(at),
            id,
            ProbationStatus.OPINIONS.name())
        .update();
  }

  List<ProbationVote> votes(String caseId) {
    return jdbc.sql(
            "select " + VOTE_COLUMNS + " from probation_vote where case_id = ? order by vote_round")
        .param(caseId)
        .query(ProbationRepository::mapVote)
        .list();
  }

  /** The primary key (case, round) refuses a second vote of the same round. */
  void insertVote(ProbationVote v, String by, LocalDateTime at) {
    jdbc.sql(
            "insert into probation_vote ("
                + VOTE_COLUMNS
                + ", recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            v.caseId(),
            v.round(),
            v.voteDate(),
            v.officialMembers(),
            v.exemptedMembers(),
            v.base(),
            v.required(),
            v.votesForRecognition(),
            v.votesForRemoval(),
            v.result().name(),
            by,
            Timestamp.valueOf(at))
        .update();
  }

  /** The proposal goes to the committee, from the branch's vote or the superior's conclusion. */
  int propose(
      String id,
      ProbationStatus from,
      ProbationOutcome proposal,
      String source,
      LocalDate proposalDate,
      LocalDate decisionDue) {
    return jdbc.sql(
            "update probation_case set status = ?, proposal = ?, proposal_source = ?,"
                + " proposal_date = ?, decision_due = ? where id = ? and status = ?")
        .params(
            ProbationStatus.COMMITTEE_DECISION.name(),
            proposal.name(),
            source,
            proposalDate,
            decisionDue,
            id,
            from.name())
        .update();
  }

  int toSuperior(String id, LocalDate superiorDue) {
    return jdbc.sql(
            "update probation_case set status = ?, superior_due = ? where id = ? and status = ?")
        .params(
            ProbationStatus.SUPERIOR_REVIEW.name(),
            superiorDue,
            id,
            ProbationStatus.BRANCH_VOTE.name())
        .update();
  }

  int saveSuperiorNote(String id, String note, String by, LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set superior_note = ?, superior_by = ?, superior_at = ?"
                + " where id = ? and status = ?")
        .params(note, by, Timestamp.valueOf(at), id, ProbationStatus.SUPERIOR_REVIEW.name())
        .update();
  }

  /** One more extension, provided nobody extended or decided in between. */
  int extend(String id, int extensionsBefore, LocalDate newDue, String reason) {
    return jdbc.sql(
            "update probation_case set decision_due = ?, extensions = extensions + 1,"
                + " extension_reason = ? where id = ? and status = ? and extensions = ?"
                + " and decision is null")
        .params(newDue, reason, id, ProbationStatus.COMMITTEE_DECISION.name(), extensionsBefore)
        .update();
  }

  int decide(
      String id,
      ProbationOutcome decision,
      String number,
      LocalDate date,
      String by,
      LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set decision = ?, decision_number = ?, decision_date = ?,"
                + " decided_by = ?, decided_at = ? where id = ? and status = ? and decision is null")
        .params(
            decision.name(),
            number,
            date,
            by,
            Timestamp.valueOf(at),
            id,
            ProbationStatus.COMMITTEE_DECISION.name())
        .update();
  }

  /** Applies the recorded decision: the case is closed and the member may have another one. */
  int close(String id, ProbationOutcome decision, ProbationStatus to) {
    return jdbc.sql(
            "update probation_case set status = ?, open_member_id = null where id = ? and status = ?"
                + " and decision = ?")
        .params(to.name(), id, ProbationStatus.COMMITTEE_DECISION.name(), decision.name())
        .update();
  }

  /** Ends an open case without a decision (the member left the Party in another way). */
  int end(String id, String reason, String by, LocalDateTime at) {
    return jdbc.sql(
            "update probation_case set status = ?, open_member_id = null, end_reason = ?,"
                + " ended_by = ?, ended_at = ? where id = ? and open_member_id is not null")
        .params(ProbationStatus.ENDED.name(), reason, by, Timestamp.valueOf(at), id)
        .update();
  }

  int moveTo(String id, long branchId) {
    return jdbc.sql(
            "update probation_case set branch_id = ? where id = ? and open_member_id is not null")
        .params(branchId, id)
        .update();
  }

  private static ProbationCase map(ResultSet rs, int row) throws SQLException {
    long mentor = rs.getLong("mentor_member_id");
    return new ProbationCase(
        rs.getString("id"),
        rs.getLong("member_id"),
        rs.getLong("branch_id"),
        rs.wasNull() ? null : mentor,
        rs.getObject("ceremony_date", LocalDate.class),
        rs.getObject("probation_end", LocalDate.class),
        rs.getObject("vote_due", LocalDate.class),
        ProbationStatus.valueOf(rs.getString("status")),
        rs.getString("self_review_strengths"),
        rs.getString("self_review_shortcomings"),
        rs.getString("mentor_assessment"),
        outcome(rs.getString("mentor_recommendation")),
        rs.getString("workplace_opinion"),
        rs.getString("residence_opinion"),
        outcome(rs.getString("proposal")),
        rs.getString("proposal_source"),
        rs.getObject("proposal_date", LocalDate.class),
        rs.getString("superior_note"),
        rs.getObject("superior_due", LocalDate.class),
        rs.getObject("decision_due", LocalDate.class),
        rs.getInt("extensions"),
        rs.getString("extension_reason"),
        outcome(rs.getString("decision")),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("end_reason"));
  }

  private static ProbationOutcome outcome(String value) {
    return value == null ? null : ProbationOutcome.valueOf(value);
  }

  private static ProbationVote mapVote(ResultSet rs, int row) throws SQLException {
    return new ProbationVote(
        rs.getString("case_id"),
        rs.getInt("vote_round"),
        rs.getObject("vote_date", LocalDate.class),
        rs.getInt("official_members"),
        rs.getInt("exempted_members"),
        rs.getInt("vote_base"),
        rs.getInt("votes_required"),
        rs.getInt("votes_recognition"),
        rs.getInt("votes_removal"),
        ProbationVote.Result.valueOf(rs.getString("outcome")));
  }
}

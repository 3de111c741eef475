package vn.chibo.admission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AdmissionRepository {

  private static final String COLUMNS =
      "id, branch_id, member_id, stage, mentor_member_id, education, education_exemption,"
          + " organisation_introduction, over60_approved, eligibility_checked_on,"
          + " eligibility_rule_set, eligibility_reasons, vote_date, votes_for, votes_against,"
          + " votes_abstain, vote_base, vote_required, review_passed, review_note, decision_due,"
          + " decision_extension_days, decision_extension_reason, decision_approved,"
          + " decision_number, decision_date, decision_reason, decision_received, ceremony_due,"
          + " late_ceremony_approved, late_ceremony_note, ceremony_date, member_file_due,"
          + " member_file_completed, outcome_reason, opened_at, closed_at, committee_votes_for,"
          + " committee_members";
  private static final String DOCUMENT_COLUMNS =
      "id, case_id, kind, document_date, file_name, content_type, size_bytes, sha256,"
          + " uploaded_by, uploaded_at";

  private final JdbcClient jdbc;

  AdmissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int nextSequence(long branchId) {
    return jdbc.sql("select coalesce(max(seq), 0) + 1 from admission_case where branch_id = ?")
        .param(branchId)
        .query(Integer.class)
        .single();
  }

  /** Inserts a case; the keys refuse a second open case for the person, or a reused number. */
  void insert(String id, long branchId, int seq, long memberId, String by, LocalDateTime at) {
    jdbc.sql(
            "insert into admission_case (id, branch_id, seq, member_id, open_member_id, stage,"
                + " opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            branchId,
            seq,
            memberId,
            memberId,
            AdmissionStage.MENTOR.name(),
            by,
            Timestamp.valueOf(at))
        .update();
  }

  Optional<AdmissionCase> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from admission_case where id = ?")
        .param(id)
        .query(AdmissionRepository::map)
        .optional();
  }

  Optional<AdmissionCase> openCaseOf(long memberId) {
    return jdbc.sql("select " + COLUMNS + " from admission_case where open_member_id = ?")
        .param(memberId)
        .query(AdmissionRepository::map)
        .optional();
  }

  List<AdmissionCase> casesOf(Collection<Long> branchIds) {
    if (branchIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from admission_case where branch_id in (:branches)"
                + " order by opened_at, id")
        .param("branches", branchIds)
        .query(AdmissionRepository::map)
        .list();
  }

  /** Moves the case from one stage to the next; 0 when it was not at {@code from}. */
  int transition(String id, AdmissionStage from, AdmissionStage to, LocalDateTime at) {
    return jdbc.sql(
            "update admission_case set stage = ?, closed_at = ?,"
                + " open_member_id = case when ? then open_member_id else null end"
                + " where id = ? and stage = ?")
        .params(to.name(), to.isOpen() ? null : Timestamp.valueOf(at), to.isOpen(), id, from.name())
        .update();
  }

  void updateMentor(String id, long mentorId) {
    jdbc.sql("update admission_case set mentor_member_id = ? where id = ?")
        .params(mentorId, id)
        .update();
  }

  void updateDossier(
      String id,
      String education,
      boolean educationExemption,
      boolean organisationIntroduction,
      boolean over60Approved,
      LocalDateTime at) {
    jdbc.sql(
            "update admission_case set education = ?, education_exemption = ?,"
                + " organisation_introduction = ?, over60_approved = ?, dossier_submitted_at = ?"
                + " where id = ?")
        .params(
            education,
            educationExemption,
            organisationIntroduction,
            over60Approved,
            Timestamp.valueOf(at),
            id)
        .update();
  }

  void replaceIntroducers(String id, List<IntroducerLine> introducers) {
    jdbc.sql("delete from admission_introducer where case_id = ?").param(id).update();
    int position = 1;
    for (IntroducerLine line : introducers) {
      jdbc.sql(
              "insert into admission_introducer (case_id, position, member_id, months_known,"
                  + " replacement) values (?, ?, ?, ?, ?)")
          .params(id, position++, line.memberId(), line.monthsKnown(), line.replacement())
          .update();
    }
  }

  List<IntroducerLine> introducers(String id) {
    return jdbc.sql(
            "select member_id, months_known, replacement from admission_introducer"
                + " where case_id = ? order by position")
        .param(id)
        .query(
            (rs, n) ->
                new IntroducerLine(
                    rs.getLong("member_id"),
                    rs.getInt("months_known"),
                    rs.getBoolean("replacement")))
        .list();
  }

  /** Starts the verifications afresh, one per person: a dossier sent back is verified again. */
  List<Long> replaceVerifications(String id, List<Verification> wanted) {
    jdbc.sql("delete from admission_verification where case_id = ?").param(id).update();
    for (Verification v : wanted) {
      jdbc.sql(
              "insert into admission_verification (case_id, relation, person_name)"
                  + " values (?, ?, ?)")
          .params(id, v.relation().name(), v.personName())
          .update();
    }
    return jdbc.sql("select id from admission_verification where case_id = ? order by id")
        .param(id)
        .query(Long.class)
        .list();
  }

  List<Verification> verifications(String id) {
    return jdbc.sql(
            "select id, case_id, relation, person_name, result, note, verified_by, verified_at"
                + " from admission_verification where case_id = ? order by id")
        .param(id)
        .query(AdmissionRepository::mapVerification)
        .list();
  }

  Optional<Verification> verification(long verificationId) {
    return jdbc.sql(
            "select id, case_id, relation, person_name, result, note, verified_by, verified_at"
                + " from admission_verification where id = ?")
        .param(verificationId)
        .query(AdmissionRepository::mapVerification)
        .optional();
  }

  /** Records a result once; 0 when it was already recorded. */
  int recordVerification(
      long verificationId, String result, String note, String by, LocalDateTime at) {
    return jdbc.sql(
            "update admission_verification set result = ?, note = ?, verified_by = ?,"
                + " verified_at = ? where id = ? and result is null")
        .params(result, note, by, Timestamp.valueOf(at), verificationId)
        .update();
  }

  void updateEligibility(String id, LocalDate on, String ruleSet, String reasons) {
    jdbc.sql(
            "update admission_case set eligibility_checked_on = ?, eligibility_rule_set = ?,"
                + " eligibility_reasons = ? where id = ?")
        .params(on, ruleSet, reasons, id)
        .update();
  }

  void updateVote(
      String id,
      LocalDate date,
      int votesFor,
      int votesAgainst,
      int votesAbstain,
      int base,
      int required) {
    jdbc.sql(
            "update admission_case set vote_date = ?, votes_for = ?, votes_against = ?,"
                + " votes_abstain = ?, vote_base = ?, vote_required = ? where id = ?")
        .params(date, votesFor, votesAgainst, votesAbstain, base, required, id)
        .update();
  }

  void updateReview(String id, boolean passed, String note, String by) {
    jdbc.sql(
            "update admission_case set review_passed = ?, review_note = ?, reviewed_by = ?"
                + " where id = ?")
        .params(passed, note, by, id)
        .update();
  }

  void updateDecisionDue(String id, LocalDate due) {
    jdbc.sql("update admission_case set decision_due = ? where id = ?").params(due, id).update();
  }

  /** Records the one extension; 0 when the deadline was extended before. */
  int extendDecision(String id, int days, String reason, LocalDate newDue) {
    return jdbc.sql(
            "update admission_case set decision_extension_days = ?, decision_extension_reason = ?,"
                + " decision_due = ? where id = ? and decision_extension_days is null")
        .params(days, reason, newDue, id)
        .update();
  }

  void updateDecision(
      String id,
      boolean approved,
      String number,
      LocalDate date,
      String reason,
      String by,
      LocalDate received,
      LocalDate ceremonyDue) {
    jdbc.sql(
            "update admission_case set decision_approved = ?, decision_number = ?,"
                + " decision_date = ?, decision_reason = ?, decided_by = ?, decision_received = ?,"
                + " ceremony_due = ? where id = ?")
        .params(approved, number, date, reason, by, received, ceremonyDue, id)
        .update();
  }

  void updateDecisionNumber(String id, String number) {
    jdbc.sql("update admission_case set decision_number = ? where id = ?")
        .params(number, id)
        .update();
  }

  void updateCommitteeVote(String id, int votesFor, int members) {
    jdbc.sql(
            "update admission_case set committee_votes_for = ?, committee_members = ? where id = ?")
        .params(votesFor, members, id)
        .update();
  }

  void updateLateCeremony(String id, boolean approved, String note) {
    jdbc.sql(
            "update admission_case set late_ceremony_approved = ?, late_ceremony_note = ?"
                + " where id = ?")
        .params(approved, note, id)
        .update();
  }

  void updateCeremony(String id, LocalDate ceremony, LocalDate fileDue) {
    jdbc.sql("update admission_case set ceremony_date = ?, member_file_due = ? where id = ?")
        .params(ceremony, fileDue, id)
        .update();
  }

  void updateMemberFile(String id, LocalDate completed) {
    jdbc.sql("update admission_case set member_file_completed = ? where id = ?")
        .params(completed, id)
        .update();
  }

  void updateOutcomeReason(String id, String reason) {
    jdbc.sql("update admission_case set outcome_reason = ? where id = ?")
        .params(reason, id)
        .update();
  }

  // --- documents -----------------------------------------------------------------------------

  long insertDocument(
      String caseId,
      DocumentKind kind,
      LocalDate date,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      String by,
      LocalDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into admission_document (case_id, kind, document_date, file_name,"
                + " content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            kind.name(),
            date,
            fileName,
            contentType,
            content.length,
            sha256,
            content,
            by,
            Timestamp.valueOf(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Every upload, newest first within a kind. */
  List<DossierDocument> documents(String caseId) {
    return jdbc.sql(
            "select "
                + DOCUMENT_COLUMNS
                + " from admission_document where case_id = ? order by kind, id desc")
        .param(caseId)
        .query(AdmissionRepository::mapDocument)
        .list();
  }

  Optional<DossierDocument> document(long id) {
    return jdbc.sql("select " + DOCUMENT_COLUMNS + " from admission_document where id = ?")
        .param(id)
        .query(AdmissionRepository::mapDocument)
        .optional();
  }

  byte[] content(long documentId) {
    return jdbc.sql("select content from admission_document where id = ?")
        .param(documentId)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  // --- timeline ------------------------------------------------------------------------------

  void event(String caseId, AdmissionStage stage, String actor, String text, LocalDateTime at) {
    jdbc.sql("insert into admission_event (case_id, at, actor, stage, text) values (?, ?, ?, ?, ?)")
        .params(caseId, Timestamp.valueOf(at), actor, stage.name(), text)
        .update();
  }

  List<CaseEvent> events(String caseId) {
    return jdbc.sql(
            "select at, actor, stage, text from admission_event where case_id = ? order by at, id")
        .param(caseId)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getTimestamp("at").toLocalDateTime(),
                    rs.getString("actor"),
                    AdmissionStage.valueOf(rs.getString("stage")),
                    rs.getString("text")))
        .list();
  }

  // --- mapping -------------------------------------------------------------------------------

  private static AdmissionCase map(ResultSet rs, int row) throws SQLException {
    return new AdmissionCase(
        rs.getString("id"),
        rs.getLong("branch_id"),
        rs.getLong("member_id"),
        AdmissionStage.valueOf(rs.getString("stage")),
        rs.getObject("mentor_member_id", Long.class),
        rs.getString("education"),
        rs.getBoolean("education_exemption"),
        rs.getBoolean("organisation_introduction"),
        rs.getBoolean("over60_approved"),
        rs.getObject("eligibility_checked_on", LocalDate.class),
        rs.getString("eligibility_rule_set"),
        rs.getString("eligibility_reasons"),
        rs.getObject("vote_date", LocalDate.class),
        rs.getObject("votes_for", Integer.class),
        rs.getObject("votes_against", Integer.class),
        rs.getObject("votes_abstain", Integer.class),
        rs.getObject("vote_base", Integer.class),
        rs.getObject("vote_required", Integer.class),
        rs.getObject("review_passed", Boolean.class),
        rs.getString("review_note"),
        rs.getObject("decision_due", LocalDate.class),
        rs.getObject("decision_extension_days", Integer.class),
        rs.getString("decision_extension_reason"),
        rs.getObject("decision_approved", Boolean.class),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decision_reason"),
        rs.getObject("decision_received", LocalDate.class),
        rs.getObject("ceremony_due", LocalDate.class),
        rs.getObject("late_ceremony_approved", Boolean.class),
        rs.getString("late_ceremony_note"),
        rs.getObject("ceremony_date", LocalDate.class),
        rs.getObject("member_file_due", LocalDate.class),
        rs.getObject("member_file_completed", LocalDate.class),
        rs.getString("outcome_reason"),
        rs.getTimestamp("opened_at").toLocalDateTime(),
        rs.getTimestamp("closed_at") == null
            ? null
            : rs.getTimestamp("closed_at").toLocalDateTime(),
        rs.getObject("committee_votes_for", Integer.class),
        rs.getObject("committee_members", Integer.class));
  }

  private static Verification mapVerification(ResultSet rs, int row) throws SQLException {
    String result = rs.getString("result");
    Timestamp at = rs.getTimestamp("verified_at");
    return new Verification(
        rs.getLong("id"),
        rs.getString("case_id"),
        Relation.valueOf(rs.getString("relation")),
        rs.getString("person_name"),
        result == null ? null : Verification.VerificationResult.valueOf(result),
        rs.getString("note"),
        rs.getString("verified_by"),
        at == null ? null : at.toLocalDateTime());
  }

  private static DossierDocument mapDocument(ResultSet rs, int row) throws SQLException {
    return new DossierDocument(
        rs.getLong("id"),
        rs.getString("case_id"),
        DocumentKind.valueOf(rs.getString("kind")),
        rs.getObject("document_date", LocalDate.class),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toLocalDateTime());
  }
}

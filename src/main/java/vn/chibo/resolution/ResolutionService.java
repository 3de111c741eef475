package vn.chibo.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.resolution.vote.VoteCount;
import vn.chibo.resolution.vote.VoteKind;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.resolution.vote.VoteOutcomeDecision;
import vn.chibo.workflow.Errors;

/**
 * Resolutions, their votes and their tasks (nghị quyết, biểu quyết, nhiệm vụ). The vote is judged
 * by the {@code VoteOutcome} decision; this service only stores what it says.
 */
@Service
public class ResolutionService {

  static final int MAX_DRAFT = 8000;
  static final int MAX_TITLE = 1000;
  static final int MAX_NOTE = 2000;

  private final ResolutionRepository repository;
  private final VoteOutcomeDecision voteOutcome;
  private final ActionItemNotices notices;
  private final Clock clock;

  ResolutionService(
      ResolutionRepository repository,
      VoteOutcomeDecision voteOutcome,
      ActionItemNotices notices,
      Clock clock) {
    this.repository = repository;
    this.voteOutcome = voteOutcome;
    this.notices = notices;
    this.clock = clock;
  }

  /** A task's due date is near: its assignee is reminded. */
  @Transactional
  public void remind(long actionItemId) {
    ActionItem item = actionItem(actionItemId);
    if (item.status() == ActionItemStatus.OPEN) {
      notices.reminder(item);
    }
  }

  /** A task is past its due date without a report: the secretary is told. */
  @Transactional
  public void escalateOverdue(long actionItemId) {
    ActionItem item = actionItem(actionItemId);
    if (item.status() == ActionItemStatus.OPEN) {
      notices.overdue(item);
    }
  }

  public Optional<Resolution> resolution(String meetingId) {
    return repository.find(meetingId);
  }

  /** Writes the draft while the content is being prepared; no new revision. */
  @Transactional
  public void saveDraft(String meetingId, String draft) {
    if (repository.find(meetingId).isPresent()) {
      repository.updateDraft(meetingId, draft, false);
    } else {
      repository.insertDraft(meetingId, draft);
    }
  }

  /** The meeting revises a draft that failed its vote: a new revision to vote on again. */
  @Transactional
  public void revise(String meetingId, String draft) {
    requireStatus(meetingId, ResolutionStatus.FAILED);
    repository.updateDraft(meetingId, draft, true);
  }

  /** The meeting gives up on a resolution after a failed vote and adopts a conclusion only. */
  @Transactional
  public void conclude(String meetingId) {
    requireStatus(meetingId, ResolutionStatus.FAILED);
    repository.updateStatus(meetingId, ResolutionStatus.CONCLUSION);
  }

  /**
   * Records the vote on the current draft. The base comes from the roll call (official members
   * convened, those temporarily transferred, exempted members absent), never from what a person
   * types; the counts typed are checked against it.
   */
  @Transactional
  public VoteOutcome recordVote(String meetingId, LocalDate voteDate, VoteCount count) {
    return recordVote(meetingId, voteDate, count, true);
  }

  /**
   * The vote, where a meeting short of the branch's attendance quorum ({@code quorate} false)
   * passes nothing whatever the count: the vote is kept, and fails.
   */
  @Transactional
  public VoteOutcome recordVote(
      String meetingId, LocalDate voteDate, VoteCount count, boolean quorate) {
    Resolution resolution = requireStatus(meetingId, ResolutionStatus.DRAFT);
    VoteOutcome counted = voteOutcome.evaluate(VoteKind.RESOLUTION, voteDate, count);
    VoteOutcome outcome =
        quorate ? counted : new VoteOutcome(counted.base(), counted.required(), false);
    Errors errors = new Errors();
    int cast = count.votesFor() + count.votesAgainst() + count.votesAbstain();
    if (cast > outcome.base()) {
      errors.reject(
          "votesFor",
          "tổng số phiếu tán thành, không tán thành và không biểu quyết ("
              + cast
              + ") vượt quá số đảng viên được tính biểu quyết ("
              + outcome.base()
              + ")");
    }
    errors.throwIfAny();
    repository.updateVote(
        resolution.meetingId(),
        outcome.passed() ? ResolutionStatus.PASSED : ResolutionStatus.FAILED,
        new int[] {
          count.votesFor(),
          count.votesAgainst(),
          count.votesAbstain(),
          count.officialConvened(),
          count.transferredTemporarily(),
          count.exemptedAbsent(),
          outcome.base(),
          outcome.required()
        },
        LocalDateTime.now(clock));
    return outcome;
  }

  /**
   * Replaces the tasks written into this meeting's minutes (they start only when the resolution or
   * conclusion is adopted). {@code branchMemberIds} are the members who may be given a task.
   */
  @Transactional
  public List<ActionItem> planActionItems(
      String meetingId,
      long branchId,
      LocalDate meetingDate,
      List<NewActionItem> items,
      Set<Long> branchMemberIds) {
    Errors errors = new Errors();
    for (int i = 0; i < items.size(); i++) {
      NewActionItem item = items.get(i);
      String row = "actionItems[" + (i + 1) + "]";
      if (item.title() == null || item.title().isBlank()) {
        errors.reject(row + ".title", "nhiệm vụ thứ " + (i + 1) + " chưa có nội dung");
      } else if (item.title().length() > MAX_TITLE) {
        errors.reject(row + ".title", "nội dung nhiệm vụ dài quá " + MAX_TITLE + " ký tự");
      }
      if (item.assigneeMemberId() == null || !branchMemberIds.contains(item.assigneeMemberId())) {
        errors.reject(
            row + ".assignee",
            "nhiệm vụ thứ " + (i + 1) + " phải giao cho một đảng viên của chi bộ");
      }
      if (item.dueDate() == null) {
        errors.reject(row + ".dueDate", "nhiệm vụ thứ " + (i + 1) + " chưa có thời hạn");
      } else if (!item.dueDate().isAfter(meetingDate)) {
        errors.reject(
            row + ".dueDate", "thời hạn của nhiệm vụ thứ " + (i + 1) + " phải sau ngày họp");
      }
    }
    errors.throwIfAny();
    repository.deletePlannedItems(meetingId);
    for (NewActionItem item : items) {
      repository.insertItem(
          meetingId, branchId, item.title().strip(), item.assigneeMemberId(), item.dueDate());
    }
    return repository.itemsOfMeeting(meetingId);
  }

  /** The resolution (or conclusion) is adopted: its tasks start. Returns them. */
  @Transactional
  public List<ActionItem> startActionItems(String meetingId) {
    repository.openPlannedItems(meetingId);
    return repository.itemsOfMeeting(meetingId).stream()
        .filter(i -> i.status() == ActionItemStatus.OPEN)
        .toList();
  }

  public List<ActionItem> actionItemsOf(String meetingId) {
    return repository.itemsOfMeeting(meetingId);
  }

  /** Tasks of a branch still owed (open or reported not done): next month's agenda carries them. */
  public List<ActionItem> unfinishedOf(long branchId) {
    return repository.unfinishedOfBranch(branchId);
  }

  public List<ActionItem> actionItemsOfAssignee(long memberId) {
    return repository.itemsOfAssignee(memberId);
  }

  public ActionItem actionItem(long id) {
    return repository
        .findItem(id)
        .orElseThrow(() -> new NoSuchElementException("action item " + id));
  }

  /** The assignee reports back: done, or not done with a note. */
  @Transactional
  public ActionItem report(long id, Boolean done, String note, String by) {
    Errors errors = new Errors();
    if (done == null) {
      errors.reject("actionItemResult", "hãy chọn đã hoàn thành hay chưa");
    }
    String cleanNote = note == null ? "" : note.strip();
    if (Boolean.FALSE.equals(done) && cleanNote.isEmpty()) {
      errors.reject("reportNote", "chưa hoàn thành thì phải ghi rõ lý do và hướng xử lý");
    }
    if (cleanNote.length() > MAX_NOTE) {
      errors.reject("reportNote", "ghi chú dài quá " + MAX_NOTE + " ký tự");
    }
    errors.throwIfAny();
    ActionItemStatus status = done ? ActionItemStatus.DONE : ActionItemStatus.NOT_DONE;
    if (repository.report(id, status, cleanNote.isEmpty() ? null : cleanNote, by, now()) != 1) {
      throw new vn.chibo.workflow.StepConflictException("Nhiệm vụ này đã được báo cáo kết quả");
    }
    return actionItem(id);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private Resolution requireStatus(String meetingId, ResolutionStatus... allowed) {
    Resolution resolution =
        repository
            .find(meetingId)
            .orElseThrow(() -> new IllegalStateException("no resolution for " + meetingId));
    for (ResolutionStatus s : allowed) {
      if (resolution.status() == s) {
        return resolution;
      }
    }
    throw new IllegalStateException(
        "resolution of "
            + meetingId
            + " is "
            + resolution.status()
            + ", expected "
            + List.of(allowed));
  }
}

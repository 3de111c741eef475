package vn.chibo.resolution.vote;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** STUB. */
@Service
public class VoteOutcomeDecision {
  public VoteOutcome evaluate(VoteKind k, LocalDate d, VoteCount c) {
    int base = c.officialConvened() - c.transferredTemporarily() - c.exemptedAbsent();
    int req = base / 2 + 1;
    return new VoteOutcome(base, req, base > 0 && c.votesFor() >= req);
  }
}

package vn.chibo.resolution.vote;

/**
 * What the {@code VoteOutcome} decision says about one vote.
 *
 * @param base the official members the threshold is counted on
 * @param required votes in favour needed to pass
 * @param passed whether the vote passed
 */
public record VoteOutcome(int base, int required, boolean passed) {}

package vn.chibo.resolution.vote;

/** STUB. */
public record VoteOutcome(int base, int required, boolean passed) {}

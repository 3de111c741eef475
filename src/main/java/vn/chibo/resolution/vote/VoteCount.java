package vn.chibo.resolution.vote;

/** STUB. */
public record VoteCount(
    int officialConvened,
    int transferredTemporarily,
    int exemptedAbsent,
    int votesFor,
    int votesAgainst,
    int votesAbstain) {}

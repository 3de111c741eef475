/**
 * Biểu quyết: who counts in the base of a branch vote and how many votes in favour a vote needs
 * (DOMAIN.md §2, §4, §5). The thresholds live in the {@code VoteOutcome} decision table ({@code
 * processes/decisions/vote-outcome.dmn}), one rule set per effective date; this package only builds
 * its inputs from a {@link vn.chibo.resolution.vote.VoteCount} and reads its outputs. Other modules
 * call {@link vn.chibo.resolution.vote.VoteOutcomeDecision}.
 */
package vn.chibo.resolution.vote;

/**
 * Nghị quyết (resolutions): drafts and their revisions, votes judged by the {@code VoteOutcome}
 * decision, and the tasks a resolution assigns with their follow-up ({@code ActionItemProcess}).
 * Owns the tables {@code resolution} and {@code action_item}.
 */
package vn.chibo.resolution;

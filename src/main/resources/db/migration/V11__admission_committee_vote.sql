-- The competent committee's vote on an admission (at least two thirds of its members), kept with the
-- decision so that the decision document (mẫu 9-KNĐ) can state it.
alter table admission_case add column committee_votes_for integer;
alter table admission_case add column committee_members integer;

-- Probation and recognition (đảng viên dự bị, công nhận đảng viên chính thức): one case per probation,
-- the self-review, the mentor's report, the opinions collected, every branch vote and the decision.
-- The case id is the process business key PRB-<branch>-<n>, where <branch> is the branch the member
-- was admitted in and <n> counts that branch's cases; it does not change when the member transfers.
-- Portable SQL: runs unchanged on H2 (default) and PostgreSQL (production).

create table probation_case (
    id                      varchar(40)   primary key,
    key_branch              varchar(16)   not null,
    key_number              integer       not null,
    member_id               bigint        not null references party_member (id),
    -- The member while the case is open, null once it has ended: one open case per member, on any
    -- number of nodes (a unique column allows many nulls on both databases).
    open_member_id          bigint        references party_member (id),
    -- The member's branch now; follows a transfer.
    branch_id               bigint        not null references party_organization (id),
    mentor_member_id        bigint        references party_member (id),
    ceremony_date           date          not null,
    probation_end           date          not null,
    vote_due                date          not null,
    status                  varchar(24)   not null,
    opened_by               varchar(64),
    opened_at               timestamp     not null,
    self_review_strengths   varchar(4000),
    self_review_shortcomings varchar(4000),
    self_reviewed_by        varchar(64),
    self_reviewed_at        timestamp,
    mentor_assessment       varchar(4000),
    mentor_recommendation   varchar(16),
    mentor_reported_by      varchar(64),
    mentor_reported_at      timestamp,
    workplace_opinion       varchar(4000),
    residence_opinion       varchar(4000),
    opinions_by             varchar(64),
    opinions_at             timestamp,
    -- What goes to the committee: the branch's resolution, or the superior committee's conclusion
    -- after the branch could not reach the threshold.
    proposal                varchar(16),
    proposal_source         varchar(16),
    proposal_date           date,
    superior_note           varchar(2000),
    superior_by             varchar(64),
    superior_at             timestamp,
    superior_due            date,
    decision_due            date,
    extensions              integer       not null default 0,
    extension_reason        varchar(2000),
    decision                varchar(16),
    decision_number         varchar(64),
    decision_date           date,
    decided_by              varchar(64),
    decided_at              timestamp,
    end_reason              varchar(500),
    ended_by                varchar(64),
    ended_at                timestamp,
    constraint uk_probation_case_key unique (key_branch, key_number),
    constraint uk_probation_case_open_member unique (open_member_id),
    constraint ck_probation_case_status check (status in
        ('IN_PROBATION', 'SELF_REVIEW', 'MENTOR_REPORT', 'OPINIONS', 'BRANCH_VOTE', 'SUPERIOR_REVIEW',
         'COMMITTEE_DECISION', 'RECOGNISED', 'REMOVED', 'ENDED')),
    constraint ck_probation_case_mentor_recommendation check (mentor_recommendation in
        ('RECOGNITION', 'REMOVAL')),
    constraint ck_probation_case_proposal check (proposal in ('RECOGNITION', 'REMOVAL')),
    constraint ck_probation_case_proposal_source check (proposal_source in ('BRANCH', 'SUPERIOR')),
    constraint ck_probation_case_decision check (decision in ('RECOGNITION', 'REMOVAL'))
);
create index ix_probation_case_member on probation_case (member_id);
create index ix_probation_case_branch on probation_case (branch_id, status);

-- Every branch vote on a case, in order; a vote that reaches the threshold neither way is followed
-- by another, up to the configured number.
create table probation_vote (
    case_id             varchar(40)  not null references probation_case (id),
    vote_round          integer      not null,
    vote_date           date         not null,
    official_members    integer      not null,
    exempted_members    integer      not null,
    vote_base           integer      not null,
    votes_required      integer      not null,
    votes_recognition   integer      not null,
    votes_removal       integer      not null,
    outcome             varchar(16)  not null,
    recorded_by         varchar(64),
    recorded_at         timestamp    not null,
    primary key (case_id, vote_round),
    constraint ck_probation_vote_outcome check (outcome in ('RECOGNITION', 'REMOVAL', 'INCONCLUSIVE'))
);

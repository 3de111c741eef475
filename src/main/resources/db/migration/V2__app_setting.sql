-- Facts about this installation, e.g. that the demo organisation was seeded into it.
create table app_setting (
    name        varchar(64)  primary key,
    setting     varchar(255) not null,
    updated_at  timestamp    not null default current_timestamp
);

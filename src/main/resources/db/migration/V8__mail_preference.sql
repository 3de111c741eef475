-- Whether a person wants mail (thư điện tử) besides the notices in the application. No row: yes.
create table mail_preference (
    username        varchar(64)  primary key,
    email_enabled   boolean      not null,
    updated_at      timestamp    not null
);

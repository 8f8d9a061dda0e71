-- Every change made in the admin console: who, when, what, and the state before and after as JSON.
create table admin_audit (
    id          varchar(64)  primary key,
    actor       varchar(64)  not null,
    action      varchar(64)  not null,
    bot         varchar(64),
    target      varchar(300),
    before_json text,
    after_json  text,
    created_at  timestamp with time zone not null
);

create index admin_audit_by_time on admin_audit (created_at);

-- What the admin did with a question from the unanswered-question inbox. Assigned and created questions are
-- the annotated real questions a new model version is evaluated on; label is faq:<id> or intent:<name>.
create table inbox_resolution (
    conversation_id varchar(64)   not null,
    seq             bigint        not null,
    bot             varchar(64)   not null,
    question        varchar(4000) not null,
    action          varchar(16)   not null check (action in ('assigned', 'created', 'dismissed')),
    label           varchar(200),
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null,
    primary key (conversation_id, seq)
);

create index inbox_resolution_by_bot on inbox_resolution (bot, action);

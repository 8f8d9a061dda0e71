-- One row per stretch of a conversation spent waiting for or talking with a human.
-- Waiting: assigned_agent_id is null and ended_at is null. With an agent: assigned, not ended.
create table handoff (
    id                varchar(64)  primary key,
    conversation_id   varchar(64)  not null references conversation (id) on delete cascade,
    bot               varchar(64)  not null,
    skill             varchar(64)  not null,
    team_id           varchar(64)  not null references team (id),
    reason            varchar(32)  not null,
    queued_at         timestamp with time zone not null,
    assigned_agent_id varchar(64)  references agent_account (id),
    assigned_at       timestamp with time zone,
    timeout_offered_at timestamp with time zone,
    ended_at          timestamp with time zone,
    outcome           varchar(32)
);

create index handoff_open_by_team on handoff (team_id, queued_at) ;
create index handoff_by_conversation on handoff (conversation_id, queued_at);
create index handoff_by_agent on handoff (assigned_agent_id, ended_at);

-- Messages customers leave when nobody can answer now (outside service hours, or after waiting too long).
create table leave_message_ticket (
    id              varchar(64)   primary key,
    conversation_id varchar(64)   not null references conversation (id) on delete cascade,
    team_id         varchar(64)   not null references team (id),
    contact_name    varchar(100),
    contact         varchar(200)  not null,
    message         varchar(4000) not null,
    created_at      timestamp with time zone not null,
    handled_by      varchar(64)   references agent_account (id),
    handled_at      timestamp with time zone
);

create index leave_message_ticket_open on leave_message_ticket (team_id, handled_at, created_at);

-- Notes agents write about a conversation; never shown to the customer.
create table internal_note (
    id              varchar(64)   primary key,
    conversation_id varchar(64)   not null references conversation (id) on delete cascade,
    agent_id        varchar(64)   not null references agent_account (id),
    text            varchar(4000) not null,
    created_at      timestamp with time zone not null
);

create index internal_note_by_conversation on internal_note (conversation_id, created_at);

-- Canned responses: the agent types "/" and a shortcut; text may hold {customerName} and {agentName}.
create table canned_response (
    id       varchar(64)   primary key,
    shortcut varchar(64)   not null,
    locale   varchar(16)   not null,
    text     varchar(2000) not null,
    unique (shortcut, locale)
);

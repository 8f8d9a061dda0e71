-- Conversation core: customers, conversations, their message log and the per-turn bot analytics.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode: keep to types and syntax both understand.

-- A customer is an anonymous visitor (external_id null) or a customer the host site identified with a signed identity.
create table customer (
    id           varchar(64)  primary key,
    external_id  varchar(200) unique,
    phone        varchar(40),
    name         varchar(200),
    verified_at  timestamp with time zone,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null
);

create table conversation (
    id                varchar(64)  primary key,
    customer_id       varchar(64)  not null references customer (id),
    bot               varchar(64)  not null,
    locale            varchar(16)  not null,
    status            varchar(16)  not null check (status in ('bot', 'queued', 'agent', 'closed')),
    assignee          varchar(64),
    assignee_name     varchar(100),
    team              varchar(64),
    handoff_reason    varchar(32),
    dialogue_state    text         not null,
    last_seq          bigint       not null default 0,
    customer_read_seq bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create index conversation_by_customer on conversation (customer_id, created_at);
create index conversation_by_status on conversation (status, updated_at);

-- The conversation's log. seq is the conversation's own sequence number, 1, 2, 3… without gaps.
-- client_msg_id makes customer sends idempotent; reply_to_seq ties bot replies to the message they answer.
create table message (
    id              varchar(64)  primary key,
    conversation_id varchar(64)  not null references conversation (id) on delete cascade,
    seq             bigint       not null,
    client_msg_id   varchar(100),
    sender          varchar(16)  not null check (sender in ('bot', 'agent', 'customer', 'system')),
    sender_id       varchar(64),
    sender_name     varchar(100),
    text            text         not null,
    payload         varchar(1000),
    quick_replies   text,
    cards           text,
    meta            text,
    reply_to_seq    bigint,
    created_at      timestamp with time zone not null,
    constraint message_seq_unique unique (conversation_id, seq),
    constraint message_client_msg_id_unique unique (conversation_id, client_msg_id)
);

-- One row per bot turn: what was understood, which kind of answer was given, how long it took.
create table bot_turn (
    id              varchar(64)  primary key,
    conversation_id varchar(64)  not null references conversation (id) on delete cascade,
    bot             varchar(64)  not null,
    seq             bigint       not null,
    intent          varchar(100),
    confidence      double precision not null,
    source          varchar(16)  not null,
    latency_ms      bigint       not null,
    outcome         varchar(16)  not null,
    created_at      timestamp with time zone not null
);

create index bot_turn_by_time on bot_turn (bot, created_at);
create index bot_turn_by_conversation on bot_turn (conversation_id, seq);

-- Knowledge base per bot, edited in the admin console. Rows with origin 'files' mirror the bot's YAML files and
-- follow them until an admin edits them (edited = true); the bot runs with these rows, not with the YAML alone.
create table kb_faq (
    bot            varchar(64)   not null,
    faq_id         varchar(64)   not null,
    position       integer       not null,
    category       varchar(100),
    question_zh    varchar(1000) not null,
    question_en    varchar(1000) not null,
    paraphrases_zh text          not null,
    paraphrases_en text          not null,
    answer_zh      text          not null,
    answer_en      text          not null,
    quick_replies  text          not null,
    links          text          not null,
    enabled        boolean       not null,
    origin         varchar(16)   not null check (origin in ('files', 'admin')),
    files_hash     varchar(64),
    edited         boolean       not null default false,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64),
    primary key (bot, faq_id)
);

-- Intent examples; deleted rows of origin 'files' stay as tombstones so the next sync does not bring them back.
create table kb_intent_example (
    id         varchar(64)   primary key,
    bot        varchar(64)   not null,
    intent     varchar(100)  not null,
    locale     varchar(8)    not null check (locale in ('zh', 'en')),
    text       varchar(1000) not null,
    origin     varchar(16)   not null check (origin in ('files', 'admin', 'inbox')),
    deleted    boolean       not null default false,
    created_at timestamp with time zone not null,
    created_by varchar(64),
    constraint kb_intent_example_unique unique (bot, intent, text)
);

-- Dictionary entity values with their synonyms (newline separated).
create table kb_dictionary (
    bot        varchar(64)  not null,
    type       varchar(64)  not null,
    canonical  varchar(200) not null,
    synonyms   text         not null,
    origin     varchar(16)  not null check (origin in ('files', 'admin')),
    edited     boolean      not null default false,
    updated_at timestamp with time zone not null,
    primary key (bot, type, canonical)
);

-- A parsed spreadsheet waiting for the admin to confirm its dry-run preview.
create table kb_import (
    id           varchar(64)  primary key,
    bot          varchar(64)  not null,
    file_name    varchar(300) not null,
    payload      text         not null,
    created_by   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    committed_at timestamp with time zone
);

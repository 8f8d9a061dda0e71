-- The customer's satisfaction survey at the end of a conversation with an agent.
create table conversation_survey (
    id              varchar(64)   primary key,
    conversation_id varchar(64)   not null references conversation (id) on delete cascade,
    agent_id        varchar(64),
    stars           integer       not null check (stars between 1 and 5),
    comment         varchar(2000),
    created_at      timestamp with time zone not null
);

create index conversation_survey_by_conversation on conversation_survey (conversation_id);

-- Helpful / not helpful on one bot answer; the customer may change their mind, the last vote counts.
create table answer_rating (
    conversation_id varchar(64) not null references conversation (id) on delete cascade,
    seq             bigint      not null,
    helpful         boolean     not null,
    created_at      timestamp with time zone not null,
    primary key (conversation_id, seq)
);

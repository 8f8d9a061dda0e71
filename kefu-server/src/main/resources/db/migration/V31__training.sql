-- Model versions of each bot's understanding. A version is trained by a background job (status training, with
-- progress), then ready (evaluated), live (exactly one per bot), retired (was live), discarded or failed.
create table model_version (
    id          varchar(64)   primary key,
    bot         varchar(64)   not null,
    number      integer       not null,
    status      varchar(16)   not null check (status in ('training', 'ready', 'live', 'retired', 'discarded', 'failed')),
    progress    integer       not null default 0,
    stage       varchar(32)   not null,
    message     varchar(2000),
    nlu_version varchar(64),
    model       bytea,
    evaluation  text,
    created_by  varchar(64)   not null,
    created_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    promoted_at timestamp with time zone,
    constraint model_version_number_unique unique (bot, number)
);

-- One training job per bot at a time, across nodes: the row is the lock.
create table training_lock (
    bot         varchar(64) primary key,
    version_id  varchar(64) not null,
    acquired_at timestamp with time zone not null
);

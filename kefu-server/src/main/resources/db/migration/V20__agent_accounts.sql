-- Agents, supervisors and admins who log in at /login, and the teams whose skills route conversations to them.
create table agent_account (
    id                varchar(64)  primary key,
    username          varchar(64)  not null unique,
    password_hash     varchar(200) not null,
    display_name      varchar(100) not null,
    role              varchar(16)  not null check (role in ('AGENT', 'SUPERVISOR', 'ADMIN')),
    capacity          integer      not null check (capacity between 0 and 50),
    status            varchar(16)  not null check (status in ('ONLINE', 'AWAY', 'OFFLINE')),
    status_changed_at timestamp with time zone not null,
    last_assigned_at  timestamp with time zone,
    enabled           boolean      not null default true,
    created_at        timestamp with time zone not null
);

create table team (
    id         varchar(64)  primary key,
    name_zh    varchar(100) not null,
    name_en    varchar(100) not null,
    created_at timestamp with time zone not null
);

-- A skill is what a handoff asks for (HandoffRequest.team, e.g. shop-orders); a team answers for its skills.
create table team_skill (
    team_id varchar(64) not null references team (id) on delete cascade,
    skill   varchar(64) not null,
    primary key (team_id, skill)
);

create unique index team_skill_unique_skill on team_skill (skill);

create table agent_team (
    agent_id varchar(64) not null references agent_account (id) on delete cascade,
    team_id  varchar(64) not null references team (id) on delete cascade,
    primary key (agent_id, team_id)
);

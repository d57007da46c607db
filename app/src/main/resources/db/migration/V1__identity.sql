-- identity: accounts, roles and their scopes, API tokens, and the audit log of staff changes.
-- community_id / center_id scope a COMMUNITY_STAFF / CENTER_OPERATOR account to one place;
-- they hold atlas ids but no foreign key, so identity does not depend on atlas' tables.

create table app_user (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(200) not null,
    display_name   varchar(100) not null,
    role           varchar(32)  not null check (role in ('RESIDENT', 'COMMUNITY_STAFF', 'CENTER_OPERATOR',
                                                        'CARE_DISPATCHER', 'PLANNER', 'DISTRICT_ADMIN')),
    community_id   bigint,
    center_id      bigint,
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    check (role <> 'COMMUNITY_STAFF' or community_id is not null),
    check (role <> 'CENTER_OPERATOR' or center_id is not null)
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    token_hash   varchar(64)  not null unique,        -- SHA-256 hex of the token; the token itself is shown once
    label        varchar(100) not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked      boolean      not null default false
);

create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(64)  not null,
    actor_role  varchar(32),
    action      varchar(64)  not null,                -- e.g. atlas.facility.updated, identity.login.locked
    target_type varchar(64),
    target_id   varchar(64),
    summary     varchar(1000)
);
create index audit_event_time_idx on audit_event (occurred_at desc);

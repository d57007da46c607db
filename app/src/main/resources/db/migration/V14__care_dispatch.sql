-- care part B: intake and dispatch. Requests for a service (one row per visit to be made), the series that
-- create recurring requests, the link of a resident account to the elders it may file for (family), and the
-- alerts an emergency raises for a caregiver.
--
-- Two guarantees live here, not only in the service (see docs/CARE.md, "Concurrency"):
-- * a request is dispatched once: the service assigns with "update ... where status = 'OPEN' and version = ?";
-- * a caregiver is never booked twice for overlapping times: the service locks the caregiver's row and checks
--   for overlaps in the same transaction, and, where btree_gist can be installed, an exclusion constraint makes
--   the database refuse an overlap whatever the code does.

-- the account a caregiver signs in with (identity's app_user.username), so a caregiver sees their own assignments
-- and alerts; set by staff on the caregiver's record
alter table caregiver add column username varchar(64) unique;

-- a resident account (family member or the elder) linked by staff to the elders it may file requests for
create table elder_family (
    elder_id   bigint      not null references elder (id) on delete cascade,
    username   varchar(64) not null,                 -- identity's app_user.username; no foreign key across modules
    relation   varchar(30) not null,
    linked_by  varchar(64) not null,
    linked_at  timestamptz not null default now(),
    primary key (elder_id, username)
);
create index elder_family_user_idx on elder_family (username);

-- a recurring request: every listed weekday between first_day and last_day, the same service and window
create table care_request_series (
    id             bigserial    primary key,
    elder_id       bigint       not null references elder (id),
    service_code   varchar(40)  not null references care_service (code),
    weekdays       smallint[]   not null check (cardinality(weekdays) between 1 and 7), -- ISO: 1 Monday .. 7 Sunday
    window_start   time         not null,
    window_end     time         not null check (window_end > window_start),
    first_day      date         not null,
    last_day       date         not null check (last_day >= first_day),
    notes          varchar(500),
    channel        varchar(16)  not null,
    requested_by   varchar(64)  not null,
    created_until  date,                               -- the last day whose request was created
    active         boolean      not null default true,
    created_at     timestamptz  not null default now()
);

create table care_request (
    id               bigserial    primary key,
    elder_id         bigint       not null references elder (id),
    station_id       bigint       not null references care_station (id),   -- the elder's, when filed
    community_id     bigint       not null references community (id),      -- the elder's, for scope checks
    service_code     varchar(40)  not null references care_service (code),
    day              date         not null,
    window_start     time         not null,            -- the visit starts within [window_start, window_end]
    window_end       time         not null check (window_end >= window_start),
    duration_minutes integer      not null check (duration_minutes between 5 and 720),
    notes            varchar(500),
    channel          varchar(16)  not null check (channel in ('FAMILY_ONLINE', 'ELDER_ONLINE', 'COMMUNITY_STAFF', 'DISPATCHER_PHONE', 'SERIES')),
    requested_by     varchar(64)  not null,
    priority         varchar(10)  not null default 'NORMAL' check (priority in ('NORMAL', 'EMERGENCY')),
    status           varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    version          integer      not null default 0,  -- raised by every change; assignments are conditional on it
    series_id        bigint       references care_request_series (id),
    caregiver_id     bigint       references caregiver (id),
    booked_from      timestamptz,                      -- the caregiver's time taken by the visit (start .. end)
    booked_until     timestamptz,
    assigned_by      varchar(64),
    assigned_at      timestamptz,
    override_reason  varchar(300),                     -- set when the dispatcher chose another than the first proposal
    cancelled_reason varchar(300),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    check (status <> 'OPEN' or caregiver_id is null),
    check (status not in ('ASSIGNED', 'IN_PROGRESS', 'DONE') or caregiver_id is not null),
    check ((caregiver_id is null) = (booked_from is null) and (booked_from is null) = (booked_until is null)),
    check (booked_until is null or booked_until > booked_from)
);
create index care_request_board_idx on care_request (status, day, window_start);
create index care_request_station_day_idx on care_request (station_id, day);
create index care_request_caregiver_idx on care_request (caregiver_id, booked_from) where caregiver_id is not null;
-- a series creates at most one request per day, so creating ahead again is harmless
create unique index care_request_series_day_idx on care_request (series_id, day) where series_id is not null;

-- the database's own guard against double booking, where the extension can be installed (the embedded PostgreSQL
-- has it; a managed server may not allow it: the service's row lock keeps the guarantee there)
do $$
begin
    create extension if not exists btree_gist;
    alter table care_request add constraint care_request_no_double_booking
        exclude using gist (caregiver_id with =, tstzrange(booked_from, booked_until) with &&)
        where (caregiver_id is not null and status in ('ASSIGNED', 'IN_PROGRESS'));
exception when others then
    raise notice 'btree_gist not available (%): double booking is guarded by the service''s row locks only', sqlerrm;
end $$;

-- a caregiver out for a day (ill, called away): not proposed, not planned
create table caregiver_absence (
    caregiver_id bigint       not null references caregiver (id) on delete cascade,
    day          date         not null,
    reason       varchar(300) not null,
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    primary key (caregiver_id, day)
);

-- an emergency's call to the nearest free caregiver; the caregiver's page polls its open alerts
create table care_alert (
    id              bigserial   primary key,
    request_id      bigint      not null references care_request (id),
    caregiver_id    bigint      not null references caregiver (id),
    travel_seconds  bigint,
    created_at      timestamptz not null default now(),
    acknowledged_at timestamptz
);
create index care_alert_caregiver_idx on care_alert (caregiver_id) where acknowledged_at is null;

-- a station's planned day (routes): one current plan per station and day, replaced by each re-plan. A plan is the
-- dispatcher's guide for the day; it does not book anyone (assignments do, with the guards above).
create table care_route_plan (
    station_id      bigint      not null references care_station (id),
    day             date        not null,
    planned_at      timestamptz not null default now(),
    planned_by      varchar(64) not null,
    travel_seconds  bigint      not null,
    dropped         bigint[]    not null default '{}',  -- requests no route could take
    stale           boolean     not null default false, -- a request was added or a caregiver dropped out since
    primary key (station_id, day)
);

create table care_route_stop (
    station_id   bigint      not null,
    day          date        not null,
    caregiver_id bigint      not null references caregiver (id),
    seq          integer     not null,
    request_id   bigint      not null references care_request (id),
    arrival      timestamptz not null,
    start_at     timestamptz not null,
    primary key (station_id, day, caregiver_id, seq),
    foreign key (station_id, day) references care_route_plan (station_id, day) on delete cascade
);

-- programme: the build-out programme of the district's convenience service centers (建设计划).
-- A planned center moves through four stages, each with the date it began:
--   SITED (已选址) → UNDER_CONSTRUCTION (在建) → PREPARING (开业筹备) → OPEN (已投用).
-- The dates of stages not reached yet are empty (checked below and, with readable messages,
-- by the application). Every status change is kept in planned_center_status, so the
-- timeline shows what was reported and when.
-- The planned position is optional (a site may be chosen before it is surveyed); when given it
-- is WGS-84 with the pair as entered kept beside it, as in the atlas.

create table planned_center (
    id                      bigserial primary key,
    name                    varchar(150) not null unique,
    name_sort               varchar(600) not null,
    phase                   smallint     not null check (phase in (1, 2)),   -- 一期, 二期
    sub_district_id         bigint       not null references sub_district (id),
    status                  varchar(20)  not null
        check (status in ('SITED', 'UNDER_CONSTRUCTION', 'PREPARING', 'OPEN')),
    address                 varchar(300),
    lon                     double precision,
    lat                     double precision,
    source_lon              double precision,
    source_lat              double precision,
    source_crs              varchar(8) check (source_crs in ('WGS84', 'GCJ02', 'BD09')),
    floor_area_m2           numeric(10, 1) check (floor_area_m2 is null or floor_area_m2 >= 0),
    sited_on                date         not null,
    construction_started_on date,
    preparation_started_on  date,
    planned_opening_on      date,
    opened_on               date,
    -- the registry's center once it exists; one plan per registry center
    center_id               bigint unique references service_center (id) on delete set null,
    estimated               boolean      not null default false,  -- name, dates or figures estimated
    note                    varchar(1000),
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    check ((lon is null) = (lat is null) and (lon is null) = (source_crs is null)),
    check ((construction_started_on is not null) = (status in ('UNDER_CONSTRUCTION', 'PREPARING', 'OPEN'))),
    check ((preparation_started_on is not null) = (status in ('PREPARING', 'OPEN'))),
    check ((opened_on is not null) = (status = 'OPEN'))
);
create index planned_center_sub_district_idx on planned_center (sub_district_id);

create table planned_center_status (              -- the status history: every change, never edited
    id                bigserial primary key,
    planned_center_id bigint       not null references planned_center (id) on delete cascade,
    status            varchar(20)  not null
        check (status in ('SITED', 'UNDER_CONSTRUCTION', 'PREPARING', 'OPEN')),
    effective_on      date         not null,      -- when the stage began, as reported
    actor             varchar(100) not null,      -- who recorded it
    note              varchar(500),
    recorded_at       timestamptz  not null default now()
);
create index planned_center_status_center_idx on planned_center_status (planned_center_id, effective_on);

-- care (home elderly care, part A): stations, caregivers, the service catalogue, elders with their
-- contacts, consent and ability assessments, and the log of every unmasked read of an elder's data.
--
-- Personal information is stored encrypted (AES-256-GCM, see care.privacy.FieldCipher): columns ending
-- in _enc hold "<key id>:<base64 nonce+ciphertext+tag>", bound to their table, column and row. Columns
-- ending in _index hold a keyed HMAC of the normalised value (a blind index), for exact lookups only.

create table care_service (
    code             varchar(40)  primary key,          -- e.g. MEAL_DELIVERY; dispatch refers to it
    name_zh          varchar(60)  not null,
    name_en          varchar(60)  not null,
    duration_minutes integer      not null check (duration_minutes between 5 and 720),
    required_skills  varchar(32)[] not null default '{}', -- caregiver skill codes (care.caregiver.Skill)
    sort_order       integer      not null default 0,
    active           boolean      not null default true,
    updated_at       timestamptz  not null default now()
);

insert into care_service (code, name_zh, name_en, duration_minutes, required_skills, sort_order) values
    ('MEAL_DELIVERY',   '助餐送餐', 'Meal delivery',        30,  '{MEAL_DELIVERY}', 10),
    ('CLEANING',        '助洁保洁', 'Cleaning',             90,  '{CLEANING}',      20),
    ('BATHING',         '助浴',     'Bathing help',         60,  '{BATHING}',       30),
    ('COMPANIONSHIP',   '陪伴聊天', 'Companionship',        60,  '{}',              40),
    ('MEDICAL_ESCORT',  '陪同就医', 'Medical escort',       180, '{BASIC_CARE}',    50),
    ('DAY_CARE',        '日间照料', 'Day-care attendance',  480, '{BASIC_CARE}',    60),
    ('HEALTH_CHECK',    '健康检查', 'Health check',         30,  '{NURSING}',       70),
    ('EMERGENCY_VISIT', '紧急上门', 'Emergency visit',      45,  '{BASIC_CARE}',    80);

create table care_station (
    id                        bigserial    primary key,
    community_id              bigint       not null references community (id),
    name                      varchar(150) not null,
    name_sort                 varchar(600) not null,
    name_initials             varchar(150) not null,
    address                   varchar(300),
    lon                       double precision not null,
    lat                       double precision not null,
    source_lon                double precision not null,
    source_lat                double precision not null,
    source_crs                varchar(8)   not null,
    day_care_capacity         integer      not null default 0 check (day_care_capacity >= 0),
    opening_hours             varchar(200),             -- OpenStreetMap syntax, checked by atlas' parser
    services                  varchar(40)[] not null default '{}',
    health_center_name        varchar(150),
    health_center_phone       varchar(40),
    health_center_facility_id bigint       references facility (id) on delete set null,
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now()
);
create index care_station_community_idx on care_station (community_id);

create table caregiver (
    id            bigserial    primary key,
    station_id    bigint       not null references care_station (id),
    name          varchar(60)  not null,
    name_sort     varchar(300) not null,
    name_initials varchar(60)  not null,
    phone         varchar(40)  not null,              -- a work phone, not encrypted
    travel_mode   varchar(8)   not null check (travel_mode in ('WALK', 'E_BIKE')),
    working_hours varchar(200) not null,              -- weekly schedule in OpenStreetMap syntax: Mo-Fr 08:00-17:00
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index caregiver_station_idx on caregiver (station_id);

create table caregiver_skill (
    caregiver_id   bigint      not null references caregiver (id) on delete cascade,
    skill          varchar(32) not null,
    certificate_no varchar(64),
    expires_on     date,
    primary key (caregiver_id, skill)
);

create table elder (
    id                bigserial    primary key,
    station_id        bigint       not null references care_station (id),
    community_id      bigint       not null references community (id),    -- the compound's, kept for scope checks
    compound_id       bigint       not null references compound (id),
    name              varchar(60)  not null,
    name_sort         varchar(300) not null,
    name_initials     varchar(60)  not null,
    birth_date        date         not null,          -- derived from the ID number
    sex               char(1)      not null check (sex in ('M', 'F')),
    id_number_enc     text         not null,
    id_number_index   varchar(64)  not null unique,
    phone_enc         text,
    phone_index       varchar(64),
    phone_last4_index varchar(64),
    address_enc       text         not null,          -- the full address: building, unit, room
    building          varchar(60),                    -- e.g. 3号楼: what a masked address shows after the compound
    care_level        varchar(24),                    -- from the latest assessment (care.assessment.CareLevel)
    assessed_on       date,
    health_notes_enc  text,                           -- only with a consent in force (elder_consent)
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create index elder_station_idx on elder (station_id);
create index elder_community_idx on elder (community_id, name_sort);
create index elder_phone_idx on elder (phone_index);
create index elder_phone_last4_idx on elder (phone_last4_index);

create table elder_contact (
    id                bigserial   primary key,
    elder_id          bigint      not null references elder (id) on delete cascade,
    name              varchar(60) not null,
    relation          varchar(30) not null,
    phone_enc         text        not null,
    phone_index       varchar(64) not null,
    phone_last4_index varchar(64) not null,
    created_at        timestamptz not null default now()
);
create index elder_contact_elder_idx on elder_contact (elder_id);
create index elder_contact_phone_idx on elder_contact (phone_index);

-- separate consent to process sensitive personal information (PIPL art. 29, 31): the history is kept;
-- at most one consent is in force per elder
create table elder_consent (
    id                bigserial    primary key,
    elder_id          bigint       not null references elder (id) on delete cascade,
    given_by          varchar(8)   not null check (given_by in ('ELDER', 'GUARDIAN')),
    guardian_name     varchar(60),
    guardian_relation varchar(30),
    purpose           varchar(500) not null,
    given_on          date         not null,
    recorded_by       varchar(64)  not null,
    recorded_at       timestamptz  not null default now(),
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(64),
    check (given_by <> 'GUARDIAN' or guardian_name is not null)
);
create unique index elder_consent_in_force_idx on elder_consent (elder_id) where withdrawn_at is null;

-- ability assessments (GB/T 42195-2022, four dimensions); the latest sets elder.care_level
create table elder_assessment (
    id                bigserial   primary key,
    elder_id          bigint      not null references elder (id) on delete cascade,
    self_care         integer     not null check (self_care between 0 and 32),
    basic_motor       integer     not null check (basic_motor between 0 and 16),
    mental_state      integer     not null check (mental_state between 0 and 22),
    perception_social integer     not null check (perception_social between 0 and 20),
    total             integer     not null,
    care_level        varchar(24) not null,
    assessed_on       date        not null,
    assessor          varchar(60) not null,
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null default now()
);
create index elder_assessment_elder_idx on elder_assessment (elder_id, assessed_on desc, id desc);

-- every unmasked read: who, in which role, whose data, which fields, when, from where. No foreign key:
-- the log outlives the elder's record.
create table care_access_log (
    id             bigserial    primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(64)  not null,
    actor_role     varchar(32)  not null,
    elder_id       bigint       not null,
    elder_name     varchar(60)  not null,
    community_id   bigint       not null,
    fields         varchar(200) not null,             -- e.g. phone,address
    remote_address varchar(64),
    channel        varchar(8)   not null check (channel in ('PAGE', 'API'))
);
create index care_access_log_community_idx on care_access_log (community_id, occurred_at desc);
create index care_access_log_elder_idx on care_access_log (elder_id, occurred_at desc);

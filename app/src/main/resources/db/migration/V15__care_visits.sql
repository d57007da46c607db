-- care part C: visits. A visit is the caregiver's record of one request carried out: check-in and check-out at the
-- elder's home, each with ONE point-in-time position taken when the caregiver taps (never a track), and the six
-- facts a verified visit needs (service, elder, caregiver, date, place, start and end time) frozen at check-in, so a
-- later change to the request, the elder or the catalogue does not rewrite what happened.
--
-- A position that does not match the elder's place does not refuse the check-in: the visit goes on and lands in
-- the dispatch center's exception queue (exception_status OPEN) until a dispatcher accepts or rejects it.
-- Part D's reports read this table (punctuality, completion, emergency response) without decrypting anything.

create table care_visit (
    request_id           bigint       primary key references care_request (id),
    -- the six facts, frozen at check-in
    service_code         varchar(40)  not null references care_service (code),
    elder_id             bigint       not null references elder (id),
    caregiver_id         bigint       not null references caregiver (id),
    day                  date         not null,                    -- the request's day (Asia/Shanghai)
    compound_id          bigint       not null references compound (id),   -- the place: the elder's compound ...
    place_lon            double precision not null,                -- ... and its position (WGS-84) at check-in
    place_lat            double precision not null,
    check_in_at          timestamptz  not null,                    -- start
    -- punctuality, frozen at check-in: minutes the check-in came after the end of the request's window (0: on time)
    late_minutes         integer      not null default 0 check (late_minutes >= 0),
    check_out_at         timestamptz,                              -- end; null while in progress
    -- the two point-in-time positions (WGS-84, as the phone reported them; null when the phone gave none)
    check_in_lon         double precision,
    check_in_lat         double precision,
    check_in_accuracy_m  double precision check (check_in_accuracy_m is null or check_in_accuracy_m >= 0),
    check_in_distance_m  double precision,                         -- from the place; null without a position
    check_out_lon        double precision,
    check_out_lat        double precision,
    check_out_accuracy_m double precision check (check_out_accuracy_m is null or check_out_accuracy_m >= 0),
    check_out_distance_m double precision,
    -- how the positions compare with the place: MATCHED, MISMATCH (too far), NO_POSITION (phone gave none)
    position_check       varchar(12)  not null check (position_check in ('MATCHED', 'MISMATCH', 'NO_POSITION')),
    -- the exception queue: OPEN when a position did not match, until a dispatcher ACCEPTS or REJECTS the visit
    exception_status     varchar(10)  check (exception_status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    exception_reason     varchar(300),                             -- why it is in the queue (for the dispatcher):
                                                                   -- codes CHECK_IN_MISMATCH, CHECK_IN_NO_POSITION,
                                                                   -- CHECK_OUT_MISMATCH, CHECK_OUT_NO_POSITION, comma-separated
    resolved_by          varchar(64),
    resolved_at          timestamptz,
    resolution_note      varchar(300),
    -- how it went
    outcome              varchar(12)  check (outcome in ('COMPLETED', 'NOT_HOME', 'REFUSED', 'ABORTED')),
    notes                varchar(1000),
    -- the elder's or family's rating, once, after check-out
    rating               smallint     check (rating is null or rating between 1 and 5),
    rating_comment       varchar(500),
    rated_by             varchar(64),                              -- the account that gave or recorded it
    -- who gave it: FAMILY (a linked family account), ELDER (the elder's own account), PHONE (given by phone, recorded
    -- by the dispatch center or community staff on the elder's behalf; rated_by is then the recorder)
    rating_source        varchar(8)   check (rating_source in ('FAMILY', 'ELDER', 'PHONE')),
    rated_at             timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    check (check_out_at is null or check_out_at >= check_in_at),
    check ((check_out_at is null) = (outcome is null)),
    check ((exception_status is null) = (position_check = 'MATCHED')),
    check (rating is null or check_out_at is not null),
    check ((rating is null) = (rating_source is null))
);
create index care_visit_caregiver_day_idx on care_visit (caregiver_id, day);
create index care_visit_day_idx on care_visit (day);
create index care_visit_exceptions_idx on care_visit (exception_status) where exception_status = 'OPEN';

-- a visit flagged to the dispatcher: LATE (not checked in by the end of its window) or MISSED (not checked in by
-- the end of the window plus a grace, or the day over). Raised by a job; a flag is raised once per kind.
create table care_visit_flag (
    request_id      bigint      not null references care_request (id),
    kind            varchar(8)  not null check (kind in ('LATE', 'MISSED')),
    raised_at       timestamptz not null default now(),
    acknowledged_by varchar(64),
    acknowledged_at timestamptz,
    primary key (request_id, kind)
);
create index care_visit_flag_open_idx on care_visit_flag (raised_at) where acknowledged_at is null;

-- the access log learns a third way an unmasked read arrives: VISIT, a caregiver revealing the address and phone of
-- the elder they are assigned to visit, from the phone page or its API
alter table care_access_log drop constraint care_access_log_channel_check;
alter table care_access_log add constraint care_access_log_channel_check check (channel in ('PAGE', 'API', 'VISIT'));

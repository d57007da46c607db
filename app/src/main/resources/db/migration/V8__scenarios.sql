-- planning (scenarios): what-if scenarios of the planning workspace (情景方案). A scenario is a named,
-- ordered list of changes to the registry's facilities and service centers. It is evaluated, never
-- applied: the atlas's tables are not touched.
--   ADD    a proposed facility (kind = its category code) or center (kind = its tier), with a name and position
--   MOVE   a registry facility or center (target_id) to a new position
--   CLOSE  a registry facility or center (target_id)
-- target_id has no foreign key on purpose: a scenario outlives edits to the registry; a change whose
-- facility or center has gone stays in the list (without the target's name) and changes nothing.
-- Positions are WGS-84 with the pair as entered kept beside it, as in the atlas.

create table scenario (
    id          bigserial primary key,
    name        varchar(150)  not null unique,
    description varchar(1000),
    created_by  varchar(100)  not null,       -- username
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()   -- last change to the scenario or its changes
);

create table scenario_change (
    id          bigserial primary key,
    scenario_id bigint       not null references scenario (id) on delete cascade,
    seq         integer      not null,        -- order of application within the scenario
    action      varchar(8)   not null check (action in ('ADD', 'MOVE', 'CLOSE')),
    target      varchar(8)   not null check (target in ('FACILITY', 'CENTER')),
    kind        varchar(64),                  -- ADD: category code (facility) or tier (center)
    name        varchar(200),                 -- ADD: the proposal's name
    target_id   bigint,                       -- MOVE, CLOSE: the registry's facility or center
    lon         double precision,             -- ADD, MOVE: the (new) position, WGS-84
    lat         double precision,
    source_lon  double precision,             -- as given, in source_crs
    source_lat  double precision,
    source_crs  varchar(8) check (source_crs in ('WGS84', 'GCJ02', 'BD09')),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    unique (scenario_id, seq),
    check ((action = 'ADD') = (kind is not null and name is not null)),
    check ((action = 'ADD') = (target_id is null)),
    check ((action = 'CLOSE') = (lon is null)),
    check ((lon is null) = (lat is null) and (lon is null) = (source_lon is null)
        and (lon is null) = (source_lat is null) and (lon is null) = (source_crs is null))
);

-- atlas: the places-and-services registry (地图册). Coordinates are WGS-84 (lon, lat) in
-- degrees; where a record came in another system (GCJ-02 from AMap/Tencent, BD-09 from
-- Baidu) the original pair and its system are kept beside the converted one.
-- name_sort holds the pinyin reading of a Chinese name (toneless, lower case) so long lists
-- sort the way Chinese readers expect; name_initials holds its initials ("lcbh" for 绿城百合).

create table district (
    id          bigserial primary key,
    code        varchar(12)  not null unique,      -- NBS statistical division code
    name        varchar(100) not null,
    name_en     varchar(100)
);

create table sub_district (                        -- 街道办事处 / 镇
    id             bigserial primary key,
    district_id    bigint       not null references district (id),
    code           varchar(12)  not null unique,
    name           varchar(100) not null,
    name_en        varchar(100),
    name_sort      varchar(400) not null,
    office_address varchar(300),
    phone          varchar(40)
);

create table community (                           -- 社区居民委员会
    id                bigserial primary key,
    sub_district_id   bigint       not null references sub_district (id),
    code              varchar(12)  not null unique,
    name              varchar(100) not null,
    name_en           varchar(100),
    name_sort         varchar(400) not null,
    name_initials     varchar(100) not null,
    committee_address varchar(300),
    phone             varchar(40),
    office_hours      varchar(200),
    lon               double precision,
    lat               double precision
);
create index community_sub_district_idx on community (sub_district_id);

create table compound (                            -- 小区 / 楼院: where residents live
    id             bigserial primary key,
    community_id   bigint       not null references community (id),
    name           varchar(150) not null,
    name_sort      varchar(600) not null,
    name_initials  varchar(150) not null,
    address        varchar(300),
    households     integer      check (households is null or households >= 0),
    population     integer      check (population is null or population >= 0),
    elderly_share  numeric(5, 4) check (elderly_share is null or (elderly_share >= 0 and elderly_share <= 1)),
    lon            double precision not null,      -- entrance, WGS-84
    lat            double precision not null,
    source_lon     double precision not null,      -- as given, in source_crs
    source_lat     double precision not null,
    source_crs     varchar(8)   not null check (source_crs in ('WGS84', 'GCJ02', 'BD09')),
    estimated      boolean      not null default false,  -- households/population are estimates
    note           varchar(1000),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    unique (community_id, name)
);

create table service_center (                      -- 便民服务中心 / 便民服务街区 / 5分钟便民服务圈
    id                bigserial primary key,
    sub_district_id   bigint       not null references sub_district (id),
    name              varchar(150) not null,
    name_sort         varchar(600) not null,
    tier              varchar(16)  not null check (tier in ('CENTER_15', 'STREET_10', 'CIRCLE_5')),
    address           varchar(300),
    lon               double precision not null,
    lat               double precision not null,
    source_lon        double precision not null,
    source_lat        double precision not null,
    source_crs        varchar(8)   not null check (source_crs in ('WGS84', 'GCJ02', 'BD09')),
    floors_above      integer      check (floors_above is null or floors_above >= 0),
    floors_below      integer      check (floors_below is null or floors_below >= 0),
    total_area_m2     numeric(10, 1) check (total_area_m2 is null or total_area_m2 >= 0),
    households_served integer      check (households_served is null or households_served >= 0),
    merchants         integer      check (merchants is null or merchants >= 0),
    estimated         boolean      not null default false,  -- position or figures estimated
    note              varchar(1000),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    unique (name)
);

create table center_area (                         -- functional area by class of service
    center_id     bigint        not null references service_center (id) on delete cascade,
    service_class varchar(16)   not null check (service_class in ('GOVERNMENT', 'SOCIAL', 'DAILY_LIFE')),
    area_m2       numeric(10, 1) not null check (area_m2 >= 0),
    primary key (center_id, service_class)
);

create table center_community (                    -- communities a center is meant to serve
    center_id    bigint not null references service_center (id) on delete cascade,
    community_id bigint not null references community (id),
    primary key (center_id, community_id)
);

-- The category catalogue is data: the handbook's 11 groups at the top, kinds of service
-- (pharmacy, vegetable market, elder day care, ...) beneath them.
create table category (
    id            bigserial primary key,
    code          varchar(64)  not null unique,
    parent_id     bigint       references category (id),
    name_zh       varchar(100) not null,
    name_en       varchar(100) not null,
    service_class varchar(16)  check (service_class in ('GOVERNMENT', 'SOCIAL', 'DAILY_LIFE')),
    sort_order    integer      not null default 0,
    active        boolean      not null default true
);
create index category_parent_idx on category (parent_id);

-- How points of interest from OpenStreetMap (key=value, key=*) and AMap (type-code prefix)
-- land in a category. The most specific match wins; name keywords, when given, must match too.
create table category_mapping (
    id            bigserial primary key,
    category_id   bigint       not null references category (id) on delete cascade,
    source        varchar(8)   not null check (source in ('OSM', 'AMAP')),
    pattern       varchar(100) not null,
    name_keywords varchar(200),                    -- '|'-separated, any one must occur in the name
    note          varchar(300),
    unique (source, pattern, name_keywords)
);

create table facility (                            -- a merchant or service point
    id              bigserial primary key,
    name            varchar(200) not null,
    name_sort       varchar(800) not null,
    name_initials   varchar(200) not null,
    category_id     bigint       not null references category (id),
    address         varchar(300),
    lon             double precision not null,
    lat             double precision not null,
    source_lon      double precision not null,
    source_lat      double precision not null,
    source_crs      varchar(8)   not null check (source_crs in ('WGS84', 'GCJ02', 'BD09')),
    business_scope  varchar(1000),                 -- 经营范围
    phone           varchar(64),
    opening_hours   varchar(200),                  -- OpenStreetMap opening_hours syntax
    center_id       bigint       references service_center (id),
    community_id    bigint       references community (id),
    subsidised      boolean      not null default false,  -- one of the "6个店"
    government_run  boolean      not null default false,
    elder_friendly  boolean      not null default false,
    floor_area_m2   numeric(10, 1) check (floor_area_m2 is null or floor_area_m2 >= 0),
    external_source varchar(16),                   -- OSM, AMAP, ... when imported from a POI source
    external_id     varchar(64),
    estimated       boolean      not null default false,
    verified_at     timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (external_source, external_id)
);
create index facility_category_idx on facility (category_id);
create index facility_community_idx on facility (community_id);
create index facility_center_idx on facility (center_id);

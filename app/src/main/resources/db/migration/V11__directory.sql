-- directory: the merchant directory's upkeep and the community service handbook (便民服务手册).
-- The merchants themselves are atlas facilities; this module keeps what is its own: how-to guides for
-- government errands, change proposals from staff and merchants, and the handbook's printed editions.
-- community_id, center_id and facility_id refer to atlas rows by id without foreign keys (no module
-- reads another's tables; a deleted facility leaves a decided proposal as history).

create table errand_guide (                        -- 办事指南: how to do one common errand
    id               bigserial primary key,
    community_id     bigint,                       -- null: district-wide, printed in every handbook
    center_id        bigint,                       -- the service center where it is done, if any
    title            varchar(120)  not null,
    title_sort       varchar(480)  not null,
    place            varchar(300)  not null,       -- where: hall, window, address
    materials        varchar(2000) not null,       -- what to bring
    hours            varchar(200),
    phone            varchar(64),
    note             varchar(1000),
    example          boolean       not null default false,  -- demo data, marked as an example on print
    sort_order       integer       not null default 100,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index errand_guide_community_idx on errand_guide (community_id);

create table handbook_edition (                    -- one generated handbook, kept as printed
    id                bigserial primary key,
    community_id      bigint       not null,
    number            integer      not null,       -- 1, 2, 3 … per community
    format            varchar(8)   not null check (format in ('A4', 'A5')),
    generated_at      timestamptz  not null default now(),
    generated_by      varchar(100) not null,
    merchant_count    integer      not null check (merchant_count >= 0),
    directory_stamp   varchar(200) not null,       -- the directory's state it was made from
    pdf               bytea        not null,
    unique (community_id, number)
);

create table directory_proposal (                  -- a proposed change to a directory entry
    id               bigserial primary key,
    kind             varchar(16)   not null check (kind in ('NEW', 'CLOSED', 'CHANGED')),
    facility_id      bigint,                       -- the entry, for CLOSED and CHANGED
    community_id     bigint        not null,       -- whose staff decide
    name             varchar(200),
    category_id      bigint,
    address          varchar(300),
    business_scope   varchar(1000),
    phone            varchar(64),
    opening_hours    varchar(200),
    lon              double precision,
    lat              double precision,
    note             varchar(1000),
    proposer_name    varchar(60)   not null,
    proposer_phone   varchar(64)   not null,
    proposed_by      varchar(100),                 -- the account, when staff proposed it
    status           varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by       varchar(100),
    decided_at       timestamptz,
    reason           varchar(500),
    created_at       timestamptz   not null default now()
);
create index directory_proposal_pending_idx on directory_proposal (community_id, status);

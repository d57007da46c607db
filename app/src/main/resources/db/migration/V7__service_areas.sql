-- Service areas (planning): whether a center serves a residential or an industrial area decides its
-- population rule (seed 001: one center per 30,000–60,000 residents in residential areas, per
-- 50,000–90,000 in industrial areas). A center without a row serves a residential area.
create table center_area_kind (
    center_id  bigint primary key references service_center (id) on delete cascade,
    area_kind  varchar(16) not null check (area_kind in ('RESIDENTIAL', 'INDUSTRIAL')),
    updated_by varchar(64) not null,
    updated_at timestamptz not null default now()
);

-- Community portals (module portal): images uploaded by staff, news and notices, events.
-- community_id is a plain reference to atlas's community (cascade: a community removed takes its portal with it).

create table portal_image (                        -- 图片: uploaded by staff for news, served at /images/{id}
    id            bigserial primary key,
    community_id  bigint       not null references community (id) on delete cascade,
    file_name     varchar(200) not null,           -- as uploaded, for staff
    content_type  varchar(40)  not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
    width         integer      not null check (width > 0),
    height        integer      not null check (height > 0),
    byte_size     integer      not null check (byte_size > 0),
    sha256        char(64)     not null,
    data          bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now(),
    unique (community_id, sha256)                  -- the same picture uploaded twice is stored once
);

create table portal_post (                         -- 新闻 / 通知: written by the community's staff
    id            bigserial primary key,
    community_id  bigint       not null references community (id) on delete cascade,
    kind          varchar(10)  not null check (kind in ('NEWS', 'NOTICE')),
    title         varchar(200) not null,
    summary       varchar(500),
    body_html     text         not null,           -- sanitised on save (PostSanitiser); rendered as stored
    status        varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    pinned        boolean      not null default false,
    published_at  timestamptz,                     -- set when published; staff may back- or forward-date it
    author        varchar(100) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check (status = 'DRAFT' or published_at is not null)
);
create index portal_post_public_idx on portal_post (community_id, status, pinned desc, published_at desc);

create table portal_event (                        -- 活动: what the community invites residents to
    id            bigserial primary key,
    community_id  bigint       not null references community (id) on delete cascade,
    title         varchar(200) not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz,
    place         varchar(200) not null,
    description_html text      not null default '', -- sanitised on save, like a post's body
    capacity      integer      check (capacity is null or capacity > 0),
    sign_up       varchar(200),                    -- how to sign up: a phone number or a person
    author        varchar(100) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check (ends_at is null or ends_at >= starts_at)
);
create index portal_event_upcoming_idx on portal_event (community_id, starts_at);

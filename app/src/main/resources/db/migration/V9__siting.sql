-- planning (siting): runs of the site-selection models (选址), solved in the background. A run keeps the
-- request as the planner entered it and, once done, the answer: the chosen sites, the objective with its
-- proven bound, and the comparison with the current network. Runs are evaluated against the registry,
-- never written to it; a run can be saved as a what-if scenario (scenario_id, no foreign key: the
-- scenario may be discarded later and the run stays as the record of what was computed).
create table siting_run (
    id          bigserial primary key,
    status      varchar(8)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase       varchar(16),                 -- the engine's phase while running
    progress    double precision not null default 0 check (progress between 0 and 1),
    request     jsonb        not null,       -- the form as entered
    result      jsonb,                       -- DONE: the answer
    error       varchar(1000),               -- FAILED: what went wrong, in words for the planner
    scenario_id bigint,                      -- saved as this scenario
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    finished_at timestamptz,
    check ((status = 'DONE') = (result is not null))
);

create index siting_run_created on siting_run (created_at desc);

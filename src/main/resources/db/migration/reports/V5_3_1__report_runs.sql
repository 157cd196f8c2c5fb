-- Runs of reports (issue 10, X3). A run is asked for on any node and written here QUEUED; a worker on any node
-- claims it (FOR UPDATE SKIP LOCKED), runs it against its own analytics store, writes the rows as a Parquet file into
-- the result folder every node shares, and marks it finished. While it runs the worker writes its progress and a
-- heartbeat every half second; a run whose heartbeat stops (its node died) is queued again by any node, up to three
-- attempts. A cancel is asked for here and seen by the node running it. Runs follow their owner across nodes
-- because all of this is here, not in a node's memory.
create table report_run (
    id               uuid primary key,
    owner_id         uuid         not null,         -- the user who asked (a schedule's owner for a scheduled run)
    audience         varchar(8)   not null check (audience in ('TRADE', 'CUSTOMS')),
    report_code      varchar(40)  not null,
    title            varchar(200) not null,
    prompts          jsonb        not null,         -- the prompts as chosen, as shown: never personal data in clear
    status           varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    progress         smallint     not null default 0 check (progress between 0 and 100),
    row_count        bigint,
    attempts         smallint     not null default 0,
    cancel_requested boolean      not null default false,
    node             varchar(200),
    failure          varchar(300),                  -- why it failed, in words for its owner (no stack trace)
    requested_at     timestamptz  not null,
    started_at       timestamptz,
    heartbeat_at     timestamptz,
    finished_at      timestamptz,
    result_expired   boolean      not null default false,
    schedule_id      uuid
);
create index report_run_by_owner on report_run (owner_id, requested_at desc, id);
create index report_run_waiting on report_run (requested_at) where status = 'QUEUED';
create index report_run_running on report_run (heartbeat_at) where status = 'RUNNING';
create index report_run_finished on report_run (finished_at) where status = 'SUCCEEDED' and not result_expired;

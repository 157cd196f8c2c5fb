-- Uploads of files of many entry summaries (issue 9, F2): the job, the file's content in chunks (a store shared by
-- every node: any node's worker may process a job another node received), and one result per summary, by the line
-- number where it starts in the file. The job, its chunks and nothing else are written in one transaction at receipt,
-- so an interrupted upload leaves nothing. A worker claims a waiting job with FOR UPDATE SKIP LOCKED and keeps the
-- row lock while it works; a node that dies releases it with its connection, and the next worker resumes after the
-- last result committed.
create table upload_job (
    id                   uuid primary key,
    account_id           uuid        not null,
    filer_sub_account_id uuid        not null,
    filer_code           varchar(3)  not null,
    uploaded_by          uuid,                         -- the user, or null for an API token
    token_id             uuid,                         -- the API token, or null for a user
    actor_name           text        not null,         -- user ID or api-token:<id>: never personal data
    file_name            text        not null,
    format               text        not null check (format in ('JSONL', 'CSV')),
    size_bytes           bigint      not null check (size_bytes > 0),
    status               text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED')),
    total                integer,                      -- summaries in the file, once counted
    processed            integer     not null default 0,
    filed                integer     not null default 0,
    refused              integer     not null default 0,
    created_at           timestamptz not null,
    started_at           timestamptz,
    finished_at          timestamptz,
    check ((uploaded_by is null) <> (token_id is null))
);
create index upload_job_waiting on upload_job (created_at) where status <> 'COMPLETED';
create index upload_job_by_sub_account on upload_job (filer_sub_account_id, created_at desc);

create table upload_chunk (
    job_id uuid    not null references upload_job (id) on delete cascade,
    seq    integer not null,
    data   bytea   not null,
    primary key (job_id, seq)
);

create table upload_result (
    job_id       uuid     not null references upload_job (id) on delete cascade,
    line_number  integer  not null,
    outcome      text     not null check (outcome in ('FILED', 'CORRECTED', 'REFUSED', 'NOT_CORRECTABLE')),
    entry_number char(11),
    version      integer,
    replayed     boolean  not null default false,   -- filed before with the same content: the same answer
    errors       jsonb    not null default '[]',       -- [{"code", "field", "message"}]
    primary key (job_id, line_number)
);

-- A job waiting for a worker or being worked on. The worker holds this row locked (FOR UPDATE SKIP LOCKED) for as
-- long as it works on the job, on a connection of its own; the job's own row stays free for the progress counts.
-- Deleted when the job is completed.
create table upload_claim (
    job_id uuid primary key references upload_job (id) on delete cascade
);

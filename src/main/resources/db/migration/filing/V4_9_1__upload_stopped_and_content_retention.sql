-- Uploads (issue 9, F2), continued.
-- A job whose uploader's right to file was withdrawn while its summaries were filed (the token revoked or expired,
-- the user's right removed) ends STOPPED: the summaries from then on are not filed, each with its result.
alter table upload_job drop constraint upload_job_status_check;
alter table upload_job add constraint upload_job_status_check
    check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'STOPPED'));
drop index upload_job_waiting;
create index upload_job_waiting on upload_job (created_at) where status in ('QUEUED', 'RUNNING');

-- The file's content (upload_chunk) is deleted openace.filing.upload.retention after the job finished; the job and
-- its results by line stay. content_purged_at says when (null while the content is kept).
alter table upload_job add column content_purged_at timestamptz;
create index upload_job_content_kept on upload_job (finished_at)
    where finished_at is not null and content_purged_at is null;

-- Runs asked for through the API with a filer's API token (issue 10, X3: an API for the trade's reports). Such a run
-- is the token's, not a user's: no owner, the token's id instead, and its audience FILER (the entries the token's
-- filer sub-account filed, as the entry search API gives the same token). A user's run keeps its owner and no token.
alter table report_run alter column owner_id drop not null;
alter table report_run add column api_token_id uuid;
alter table report_run drop constraint report_run_audience_check;
alter table report_run add constraint report_run_audience_check check (audience in ('TRADE', 'CUSTOMS', 'FILER'));
alter table report_run add constraint report_run_asker_check check (
    (owner_id is not null and api_token_id is null and audience in ('TRADE', 'CUSTOMS'))
    or (owner_id is null and api_token_id is not null and audience = 'FILER'));
create index report_run_by_token on report_run (api_token_id, requested_at desc, id) where api_token_id is not null;

-- The portal runs as an application role that owns no table and is no superuser (openace.database.app-role,
-- placeholder appRole), so that it cannot switch triggers off (session_replication_role, ALTER TABLE ... DISABLE
-- TRIGGER) nor change the audit trail; the migrations run as the owner (spring.flyway.user, or the embedded
-- server's superuser). An external deployment creates the role with LOGIN and a password; where it is missing it is
-- created here without LOGIN, so that the grants below hold once an administrator lets it sign in. A deployment
-- that still runs the portal as the owner itself gets no protection from this (the portal warns at start-up).
do $$
declare
    app constant text := '${appRole}';
begin
    if app = current_user then
        raise warning 'openace.database.app-role (%) is the role that runs the migrations: it keeps every right', app;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        execute format('create role %I nologin', app);
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    -- tables and sequences the owner creates in later migrations
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    -- the audit trail: read and append only (the queue of events to seal is emptied by the sealer)
    execute format('revoke update, delete, truncate on audit_event, audit_seal from %I', app);
    -- the migration history is the owner's
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
end
$$;

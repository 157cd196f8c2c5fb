-- How many importers' entries a statement holds (an importer no account holds counts as one), kept when the statement
-- is prepared, so that its page need not count them among tens of thousands of entries: an importer's payment option
-- pays only a statement of one importer.
alter table statement add column importer_count integer not null default 0;
update statement s set importer_count = (select count(distinct coalesce(e.importer_identifier_id,
        '00000000-0000-0000-0000-000000000000'::uuid)) from statement_entry e where e.statement_number = s.statement_number)
    where s.kind <> 'PERIODIC_MONTHLY';
update statement set importer_count = 1 where kind = 'PERIODIC_MONTHLY';

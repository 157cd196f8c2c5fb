-- Periodic Monthly Statements (issue 12, M2). The entries of an importer number enrolled in PMS go each day onto a
-- periodic daily statement (PERIODIC_DAILY) of their filer for that importer, which belongs to the importer's monthly
-- statement (PERIODIC_MONTHLY) of the next month: its preliminary statement printed on the working day the importer
-- chose (the 11th at the latest), paid on the 15th working day; its amounts are the sums of its periodic daily
-- statements'. A monthly statement has no filer: it is visible from the importer's sub-account by its importer number.
alter table statement drop constraint statement_kind_ck;
alter table statement add constraint statement_kind_ck check (kind in ('DAILY', 'PERIODIC_DAILY', 'PERIODIC_MONTHLY'));
alter table statement alter column filer_code drop not null;
alter table statement add column importer_identifier_id uuid;
alter table statement add column monthly_statement_number varchar(12) references statement (statement_number);
alter table statement add column preliminary_date date;
alter table statement add column payment_due date;
alter table statement add constraint statement_shape_ck check (
    (kind = 'DAILY' and filer_code is not null and importer_identifier_id is null)
    or (kind = 'PERIODIC_DAILY' and filer_code is not null and importer_identifier_id is not null)
    or (kind = 'PERIODIC_MONTHLY' and filer_code is null and importer_identifier_id is not null
        and preliminary_date is not null and payment_due is not null and monthly_statement_number is null));
create index statement_by_monthly on statement (monthly_statement_number) where monthly_statement_number is not null;
create unique index statement_monthly_once on statement (importer_identifier_id, statement_date)
    where kind = 'PERIODIC_MONTHLY';
create sequence monthly_statement_seq start with 1 maxvalue 999999;

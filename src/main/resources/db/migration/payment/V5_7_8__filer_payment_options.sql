-- A filer's own payment options (issue 12, M1): a broker or filer applies for ACH debit or ACH credit under its filer
-- code and pays its own daily statements with it, whatever importers' entries they hold, as ACE lets a broker pay with
-- its own payer unit number. identifier_id then names the filer code's identifier. Periodic Monthly Statement
-- enrollment stays per importer number, and refund bank details are an importer's only (refunds go to the importer).
alter table payment_option add column payer_kind varchar(16) not null default 'IMPORTER_NUMBER';
alter table payment_option alter column payer_kind drop default;
alter table payment_option add constraint payment_option_payer_kind_ck
    check (payer_kind in ('IMPORTER_NUMBER', 'FILER_CODE') and (payer_kind = 'IMPORTER_NUMBER' or kind <> 'PMS'));

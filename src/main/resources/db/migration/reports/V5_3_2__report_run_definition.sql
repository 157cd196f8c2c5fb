-- A run of a report that is not in the catalog (an ad hoc report) keeps the definition it ran, as it was when asked
-- for (a template changed later does not change what the run holds): columns, filters, grouping and order, as JSON.
alter table report_run add column definition jsonb;

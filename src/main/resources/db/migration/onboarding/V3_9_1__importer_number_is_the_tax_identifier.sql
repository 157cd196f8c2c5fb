-- The account application asks for the importer number once: it is the company's tax identifier (an IRS number with
-- its suffix, a Social Security number or a customs-assigned number), given on the tax identifier step. The importer
-- numbers the activities step used to ask for are no longer read; they are personal data, so they are not kept.
delete from account_application_identifier where kind = 'IMPORTER_NUMBER';

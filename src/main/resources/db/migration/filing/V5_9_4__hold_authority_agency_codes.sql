-- A hold's authority is CBP or a partner agency's code (issue 11, G2: partner agency users place holds where their
-- agreement gives them the authority); agency codes are up to 10 capital letters and digits (partner_agency_code_ck).
alter table entry_hold alter column authority type varchar(10);

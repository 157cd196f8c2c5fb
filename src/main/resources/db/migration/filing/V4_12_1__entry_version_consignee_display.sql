-- The ultimate consignee number as screens show it (ImporterNumber.display(): masked when it is an IRS or Social
-- Security number), written with each version, so that the change feed can give reports the consignee without
-- opening the sealed number (issue 10, ITRAC's "Ultimate Consignee"). The number itself stays sealed in
-- consignee_plain/consignee_cipher. Customs-assigned numbers are shown as they are: filled here from the plain
-- column; versions stored before this migration with a sealed consignee are masked by the feed as it reads them.
alter table entry_summary_version add column consignee_display varchar(20);

update entry_summary_version set consignee_display = consignee_plain
where consignee_kind = 'CBP_ASSIGNED' and consignee_plain is not null;

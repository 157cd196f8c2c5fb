-- Mail captured by the developer mailbox of the demo profile (never used in production).
create table dev_mail (
    id        uuid          not null,
    recipient varchar(254)  not null,
    subject   varchar(300)  not null,
    body      text          not null,
    sent_at   timestamptz   not null,
    constraint dev_mail_pk primary key (id)
);
create index dev_mail_sent_at_ix on dev_mail (sent_at desc);

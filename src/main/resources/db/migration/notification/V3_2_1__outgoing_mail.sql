-- The outbox of e-mail: a message is written here in the transaction of the change that causes it, and delivered
-- after commit (org.openace.notification.internal.MailDelivery). Recipient, subject and body are sealed per field
-- (AES-GCM, bound to the row); they are erased once the message is sent, and the row keeps only what an
-- administrator needs to see that mail goes out: the kind, a masked address, the times, the attempts and the status.
create table outgoing_mail (
    id                uuid         not null,
    kind              varchar(40)  not null,
    masked_recipient  varchar(254) not null,
    recipient_cipher  bytea,
    subject_cipher    bytea,
    body_cipher       bytea,
    status            varchar(10)  not null,
    attempts          int          not null default 0,
    queued_at         timestamptz  not null,
    next_attempt_at   timestamptz  not null,
    last_attempt_at   timestamptz,
    sent_at           timestamptz,
    last_error        varchar(200),
    constraint outgoing_mail_pk primary key (id),
    constraint outgoing_mail_status_ck check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outgoing_mail_kind_ck check (kind ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint outgoing_mail_attempts_ck check (attempts >= 0),
    constraint outgoing_mail_sealed_until_sent_ck check (
        status = 'SENT' or (recipient_cipher is not null and subject_cipher is not null and body_cipher is not null))
);
create index outgoing_mail_due_ix on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_unsent_ix on outgoing_mail (status, queued_at desc) where status <> 'SENT';
create index outgoing_mail_sent_at_ix on outgoing_mail (sent_at) where status = 'SENT';

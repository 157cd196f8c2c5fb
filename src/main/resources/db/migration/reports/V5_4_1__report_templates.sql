-- Templates of ad hoc reports (issue 10, X2): a definition saved under a name by its owner, kept under one of the
-- owner's trade accounts (null: a customs officers' template), and shared with the account's other members (or, for
-- an officers' template, with the other officers) when the owner says so. Only the owner changes or deletes it.
create table report_template (
    id         uuid primary key,
    account_id uuid,                                -- the trade account it belongs to; null for customs officers
    owner_id   uuid         not null,
    name       varchar(80)  not null,
    definition jsonb        not null,               -- as the ad hoc form asks for it: whitelist codes and values
    shared     boolean      not null default false,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint report_template_name_uk unique (owner_id, name)
);
create index report_template_shared on report_template (account_id) where shared;

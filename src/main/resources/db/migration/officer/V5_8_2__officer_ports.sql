-- The ports each customs officer works and the team they belong to (issue 11: officers act only within their
-- ports; work queues filter by port and team). An administrator sets them; an officer with no row works no port.
create table officer_port (
    user_id uuid    not null,
    port    char(4) not null,
    constraint officer_port_pk primary key (user_id, port),
    constraint officer_port_user_fk foreign key (user_id) references app_user (id),
    constraint officer_port_code_ck check (port ~ '^[0-9]{4}$')
);
-- Who works a port: the officers to whom work at a port can be assigned.
create index officer_port_port_ix on officer_port (port);

-- An officer's team, a short name such as "Trade Enforcement Team 2"; no row when the officer has none.
create table officer_team (
    user_id uuid        not null,
    team    varchar(60) not null,
    constraint officer_team_pk primary key (user_id),
    constraint officer_team_user_fk foreign key (user_id) references app_user (id),
    constraint officer_team_name_ck check (char_length(team) between 1 and 60 and team = btrim(team))
);
create index officer_team_team_ix on officer_team (team);

-- Indexes for the filters of the audit console (AuditSearchSql): each equality filter together with the time, so
-- that the newest matches come first from the index. Time ranges and actions use the indexes of V1_1.
create index audit_event_actor_name_ix on audit_event (actor_name, occurred_at);
create index audit_event_client_address_ix on audit_event (client_address, occurred_at);
create index audit_event_object_id_ix on audit_event (object_id, occurred_at);

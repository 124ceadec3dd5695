-- The same table carries the webhooks to the hospital's SIMRS: one engine (claim, order, retry, park, replay) for
-- both receivers. A webhook row has no BPJS call, visit source or date; a patient's row has no booking either.
alter table delivery add column receiver varchar(8) not null default 'BPJS';  -- BPJS | SIMRS
alter table delivery add column event_type varchar(40);   -- SIMRS: what the webhook announces (booking.created ...)
alter table delivery add column record_key varchar(64);   -- SIMRS: what its order is kept by (kodebooking, or norm)
alter table delivery alter column kodebooking drop not null;
alter table delivery alter column kind drop not null;
alter table delivery alter column source drop not null;
alter table delivery alter column tanggal drop not null;
-- one event is one BPJS call and one webhook at most
alter table delivery drop constraint delivery_source_event_id_key;
alter table delivery add constraint delivery_once_per_receiver unique (source_event_id, receiver);
drop index delivery_pending;
create index delivery_pending on delivery (receiver, id) where status = 'PENDING';
create index delivery_to_simrs_by_key on delivery (record_key, id) where receiver = 'SIMRS';

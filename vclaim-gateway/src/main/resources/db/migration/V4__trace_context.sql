-- The W3C traceparent of each outgoing event (sent on as its Kafka header) and of each delivery (its call to BPJS or
-- the SIMRS continues the trace of the event it came from, after any retry or restart); none for older rows.
alter table outbox add column trace_parent varchar(55);
alter table delivery add column trace_parent varchar(55);

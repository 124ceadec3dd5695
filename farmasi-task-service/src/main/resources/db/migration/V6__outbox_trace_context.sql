-- The W3C traceparent the event was written in, sent on as its Kafka header (issue 21); none for older rows.
alter table outbox add column trace_parent varchar(55);

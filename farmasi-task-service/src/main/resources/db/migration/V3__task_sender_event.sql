-- The event id a sender (a SIMRS) gave a step, once per sender (the caller's principal): its repeat is answered with
-- the step recorded the first time, and sends nothing.
alter table task_record add column sender_event_id varchar(100);
create unique index task_record_sender_event on task_record (recorded_by, sender_event_id)
    where sender_event_id is not null;

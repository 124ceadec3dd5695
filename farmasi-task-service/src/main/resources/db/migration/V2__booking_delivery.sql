-- What BPJS answered to the booking itself (antrean/add for onsite bookings, antrean/batal), for the timeline.
alter table visit add column booking_delivery_call    varchar(16);
alter table visit add column booking_delivery         varchar(16);
alter table visit add column booking_delivery_code    int;
alter table visit add column booking_delivery_message varchar(1000);
alter table visit add column booking_delivery_at      bigint;

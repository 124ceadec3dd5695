-- statusantrean without reading every booking of the schedule (Mobile JKN asks it over and over, for every patient
-- waiting): the patients still waiting are the places held (kept on the schedule row, V4) less those already served,
-- and the number called last is the first entry of an index. Both indexes hold only the bookings the doctor has
-- reached, so a booking's insert never writes them. The price: the two updates that set called_at and finished_at
-- are no longer heap-only (V10); they come at the doctor's pace, statusantrean at the patients'.
create index booking_called on booking (schedule_id, called_at desc, angkaantrean desc) where called_at is not null;
create index booking_served on booking (schedule_id) where status = 'ACTIVE' and finished_at is not null;

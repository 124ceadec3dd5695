-- the kiosk finds today's bookings of a NIK
create index booking_nik_tanggal on booking (nik, tanggal);

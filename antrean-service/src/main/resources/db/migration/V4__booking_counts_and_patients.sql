-- The places a schedule's bookings hold, kept on the schedule row: a booking reads two numbers under the row lock
-- instead of counting every booking of the schedule. The database keeps them (statement triggers below), so no path
-- that adds or cancels a booking can forget them.
alter table doctor_schedule
    add column held_jkn    integer not null default 0,
    add column held_nonjkn integer not null default 0;

update doctor_schedule s
   set held_jkn = c.jkn, held_nonjkn = c.nonjkn
  from (select schedule_id,
               count(*) filter (where jenispasien = 'JKN') as jkn,
               count(*) filter (where jenispasien <> 'JKN') as nonjkn
          from booking where status = 'ACTIVE' group by schedule_id) c
 where s.id = c.schedule_id;

create function booking_held_after_insert() returns trigger language plpgsql as $$
begin
    update doctor_schedule s
       set held_jkn = s.held_jkn + c.jkn, held_nonjkn = s.held_nonjkn + c.nonjkn
      from (select schedule_id,
                   count(*) filter (where jenispasien = 'JKN') as jkn,
                   count(*) filter (where jenispasien <> 'JKN') as nonjkn
              from inserted where status = 'ACTIVE' group by schedule_id) c
     where s.id = c.schedule_id;
    return null;
end $$;

-- a booking's schedule and kind never change; its status may (ACTIVE -> CANCELLED)
create function booking_held_after_update() returns trigger language plpgsql as $$
begin
    update doctor_schedule s
       set held_jkn = s.held_jkn + c.jkn, held_nonjkn = s.held_nonjkn + c.nonjkn
      from (select n.schedule_id,
                   sum(case when n.jenispasien = 'JKN' then d.change else 0 end) as jkn,
                   sum(case when n.jenispasien <> 'JKN' then d.change else 0 end) as nonjkn
              from before_change o
              join after_change n on n.kodebooking = o.kodebooking
             cross join lateral (select (n.status = 'ACTIVE')::int - (o.status = 'ACTIVE')::int as change) d
             where d.change <> 0
             group by n.schedule_id) c
     where s.id = c.schedule_id;
    return null;
end $$;

create trigger booking_held_insert after insert on booking
    referencing new table as inserted for each statement execute function booking_held_after_insert();
create trigger booking_held_update after update on booking
    referencing old table as before_change new table as after_change
    for each statement execute function booking_held_after_update();

-- Who the patients are, as pasien-service publishes them on pasien.patients (norm, card number, NIK, whether
-- admission still has to complete the record): a booking finds its patient here without calling pasien-service.
-- Name, phone and address stay in pasien-service.
create table patient_ref (
    norm        varchar(30) primary key,
    nomorkartu  varchar(13),
    nik         varchar(16),
    complete    boolean     not null,
    occurred_at bigint      not null
);
create index patient_ref_nomorkartu on patient_ref (nomorkartu) where nomorkartu is not null;
create index patient_ref_nik on patient_ref (nik) where nik is not null;


-- Every booking and task item the gateway must bring to BPJS, kept until BPJS has it (or refused it for good).
create table delivery (
    id              bigserial    primary key,
    source_event_id varchar(64)  not null unique,
    kodebooking     varchar(64)  not null,
    kind            varchar(20)  not null,  -- ANTREAN_ADD | ANTREAN_BATAL | UPDATE_WAKTU | FARMASI_ADD
    source          varchar(16)  not null,  -- MOBILE_JKN | ONSITE
    taskid          integer,
    tanggal         date         not null,  -- the visit date (WIB), for reconciliation
    body            text         not null,  -- the BPJS request body, BPJS's names
    status          varchar(16)  not null,  -- PENDING | DELIVERED | PARKED
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    code            integer,
    message         varchar(1000),
    created_at      timestamptz  not null,
    finished_at     timestamptz
);
create index delivery_by_booking on delivery (kodebooking, id);
create index delivery_due on delivery (next_attempt_at, id) where status = 'PENDING';
create index delivery_by_status on delivery (status, id);
create index delivery_by_date on delivery (tanggal, kind);

-- One row per booking (visit): fed by antrean.bookings.
create table visit (
    kodebooking     varchar(64)  primary key,
    source          varchar(16)  not null,
    pasienbaru      int          not null,
    tanggalperiksa  date         not null,
    kodepoli        varchar(32)  not null,
    kodedokter      varchar(32),
    jampraktek      varchar(32),
    nomorantrean    varchar(32),
    angkaantrean    int,
    norm            varchar(32),
    -- OPEN, ENDED (task 99), CANCELLED (batal)
    status          varchar(16)  not null,
    last_taskid     int,
    last_waktu      bigint,
    jenisresep      varchar(32),
    -- the pharmacy queue (BPJS 2.0): number issued per visit date, never twice
    farmasi_nomor           int,
    farmasi_event_id        varchar(64),
    farmasi_issued_at       bigint,
    farmasi_delivery        varchar(16),
    farmasi_delivery_code   int,
    farmasi_delivery_message varchar(1000),
    farmasi_delivery_at     bigint,
    created_at      bigint       not null,
    constraint visit_farmasi_nomor_unique unique (tanggalperiksa, farmasi_nomor)
);
create index visit_day_poli on visit (tanggalperiksa, kodepoli);

-- Every accepted task transition, with what BPJS answered to its delivery (antrean.delivery-outcomes).
create table task_record (
    id               bigserial    primary key,
    kodebooking      varchar(64)  not null references visit (kodebooking),
    taskid           int          not null,
    waktu            bigint       not null,
    jenisresep       varchar(32),
    event_id         varchar(64)  not null unique,
    recorded_at      bigint       not null,
    recorded_by      varchar(100),
    -- PENDING, DELIVERED, REJECTED
    delivery         varchar(16)  not null,
    delivery_code    int,
    delivery_message varchar(1000),
    delivery_at      bigint,
    constraint task_record_once unique (kodebooking, taskid)
);

-- Last pharmacy number issued per visit date.
create table farmasi_counter (
    tanggal      date primary key,
    last_number  int  not null
);

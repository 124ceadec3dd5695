-- Doctor schedules imported from BPJS HFIS: one row per poli, doctor, date and practice hours.
create table doctor_schedule (
    id             bigserial primary key,
    kodepoli       varchar(20)  not null,
    namapoli       varchar(200) not null,
    kodedokter     varchar(20)  not null,
    namadokter     varchar(200) not null,
    tanggal        date         not null,
    jampraktek     varchar(20)  not null,
    kuota_jkn      integer      not null check (kuota_jkn >= 0),
    kuota_nonjkn   integer      not null check (kuota_nonjkn >= 0),
    libur          boolean      not null default false,
    -- the last queue number given (angkaantrean), incremented under a row lock
    last_number    integer      not null default 0,
    updated_at     timestamptz  not null default now(),
    unique (kodepoli, kodedokter, tanggal, jampraktek)
);
create index doctor_schedule_poli on doctor_schedule (kodepoli);

create table booking (
    kodebooking      varchar(32)  primary key,
    schedule_id      bigint       not null references doctor_schedule (id),
    kodepoli         varchar(20)  not null,
    tanggal          date         not null,
    angkaantrean     integer      not null,
    nomorantrean     varchar(30)  not null,
    jenispasien      varchar(10)  not null,
    nomorkartu       varchar(13),
    nik              varchar(16)  not null,
    nohp             varchar(20),
    norm             varchar(30),
    jeniskunjungan   integer      not null,
    nomorreferensi   varchar(40),
    pasienbaru       integer      not null,
    source           varchar(20)  not null,
    status           varchar(20)  not null,
    estimasidilayani bigint       not null,
    created_at       bigint       not null,
    cancelled_at     bigint,
    cancelled_by     varchar(20),
    cancel_reason    varchar(500),
    checked_in_at    bigint,
    checkin_task     integer,
    called_at        bigint,
    finished_at      bigint,
    -- a queue number is given once per schedule, even after a cancellation
    unique (schedule_id, angkaantrean)
);
-- one active booking per patient per poli per date (the last line of defence behind the service's check)
create unique index booking_active_patient on booking (kodepoli, tanggal, nik) where status = 'ACTIVE';
create unique index booking_active_card on booking (kodepoli, tanggal, nomorkartu)
    where status = 'ACTIVE' and nomorkartu is not null;
create index booking_schedule on booking (schedule_id, status);
create index booking_referensi on booking (nomorreferensi) where nomorreferensi is not null;

-- The surgery schedule the two jadwaloperasi WS read, kept by the hospital's staff.
create table surgery_schedule (
    kodebooking     varchar(32)  primary key,
    tanggaloperasi  date         not null,
    jenistindakan   varchar(200) not null,
    kodepoli        varchar(20)  not null,
    namapoli        varchar(200) not null,
    terlaksana      integer      not null default 0,
    nopeserta       varchar(13),
    lastupdate      bigint       not null
);
create index surgery_schedule_tanggal on surgery_schedule (tanggaloperasi);
create index surgery_schedule_peserta on surgery_schedule (nopeserta);

create table staff_account (
    username       varchar(64)  primary key,
    password_hash  varchar(200) not null,
    roles          varchar(200) not null,
    created_at     timestamptz  not null default now()
);

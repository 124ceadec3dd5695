-- One patient, one record: a card number or a NIK never belongs to two records.
create sequence norm_seq start with 1;

create table patient (
    id            bigserial    primary key,
    norm          varchar(20)  not null unique,
    nomorkartu    varchar(13)  unique,
    nik           varchar(16)  not null unique,
    nomorkk       varchar(16),
    nama          varchar(100) not null,
    jeniskelamin  char(1)      not null,
    tanggallahir  date         not null,
    nohp          varchar(20),
    alamat        varchar(255),
    kodeprop      varchar(20),
    namaprop      varchar(100),
    kodedati2     varchar(20),
    namadati2     varchar(100),
    kodekec       varchar(20),
    namakec       varchar(100),
    kodekel       varchar(20),
    namakel       varchar(100),
    rw            varchar(10),
    rt            varchar(10),
    -- false while a record opened through pasienbaru waits for admission
    complete      boolean      not null default false,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    completed_at  timestamptz
);
create index patient_waiting on patient (created_at) where not complete;
create index patient_nama on patient (lower(nama));

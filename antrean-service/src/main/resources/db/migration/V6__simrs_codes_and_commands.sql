-- The SIMRS's own poli and doctor codes and BPJS's (kodepoli, kodedokter) they stand for, so that a SIMRS may send
-- its own; imported and edited by an administrator.
create table simrs_code (
    kind        varchar(8)   not null check (kind in ('poli', 'dokter')),
    kode_simrs  varchar(40)  not null,
    kode_bpjs   varchar(20)  not null,
    nama        varchar(200),
    updated_at  bigint       not null,
    primary key (kind, kode_simrs)
);

-- What a caller (a SIMRS) asked under its own event id, once: a repeat is answered from here, the same id with other
-- content is refused. Written in the transaction of the booking or cancellation it asked for.
create table simrs_command (
    caller       varchar(100) not null,
    event_id     varchar(100) not null,
    -- SHA-256 of what was asked (the request's kind and fields), hex
    fingerprint  char(64)     not null,
    kodebooking  varchar(64)  not null,
    created_at   bigint       not null,
    primary key (caller, event_id)
);

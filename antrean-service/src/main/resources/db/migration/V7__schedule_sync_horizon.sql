-- A sync of every poli for every day of the booking horizon: its progress, and per poli and day whether it is done,
-- so a run whose process died can be resumed where it stopped.
create table schedule_sync_run (
    id          bigserial    primary key,
    started_by  varchar(64)  not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    total       integer      not null default 0,
    done        integer      not null default 0,
    failed      integer      not null default 0,
    state       varchar(12)  not null check (state in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'))
);
-- one run at a time across replicas (behind the advisory lock its owner holds while it runs)
create unique index schedule_sync_run_one_running on schedule_sync_run (state) where state = 'RUNNING';
create index schedule_sync_run_latest on schedule_sync_run (started_at desc);

create table schedule_sync_item (
    run_id   bigint       not null references schedule_sync_run (id) on delete cascade,
    kodepoli varchar(20)  not null,
    tanggal  date         not null,
    state    varchar(8)   not null default 'PENDING' check (state in ('PENDING', 'DONE', 'FAILED')),
    -- BPJS's (or the gateway's) message when the poli's day could not be read
    message  varchar(500),
    primary key (run_id, kodepoli, tanggal)
);
create index schedule_sync_item_state on schedule_sync_item (run_id, state);

-- What a sync changed in a stored schedule, with the active bookings it touched at that moment.
create table schedule_change (
    id           bigserial    primary key,
    schedule_id  bigint       not null references doctor_schedule (id),
    run_id       bigint       references schedule_sync_run (id) on delete set null,
    kodepoli     varchar(20)  not null,
    kodedokter   varchar(20)  not null,
    namadokter   varchar(200) not null,
    tanggal      date         not null,
    jampraktek   varchar(20)  not null,
    -- KUOTA, LIBUR, BUKA (no longer on leave), JAM (hours moved), HILANG (gone from HFIS)
    kind         varchar(8)   not null,
    before_value varchar(100) not null,
    after_value  varchar(100) not null,
    bookings     integer      not null,
    needs_action boolean      not null,
    changed_at   timestamptz  not null default now()
);
create index schedule_change_since on schedule_change (changed_at, kodepoli);

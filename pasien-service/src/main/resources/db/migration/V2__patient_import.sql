-- Imports of the SIMRS's patient master: one job per file, its counts and the last line committed (a resumed upload
-- skips what was committed), and every line refused with its reason.
create table import_job (
    id              uuid         primary key,
    format          varchar(10)  not null,
    state           varchar(12)  not null,
    -- the file's SHA-256 as the caller announced it (to resume by content), else as read once the whole file was
    sha256          varchar(64),
    -- SHA-256 of the bytes up to and including committed_line: a resumed upload must start with the same bytes
    prefix_sha256   varchar(64),
    committed_line  bigint       not null default 0,
    bytes_read      bigint       not null default 0,
    bytes_expected  bigint,
    read_rows       bigint       not null default 0,
    created_rows    bigint       not null default 0,
    updated_rows    bigint       not null default 0,
    unchanged_rows  bigint       not null default 0,
    rejected_rows   bigint       not null default 0,
    conflict_rows   bigint       not null default 0,
    message         varchar(255),
    started_by      varchar(100),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz
);
create index import_job_recent on import_job (created_at desc);
create index import_job_sha256 on import_job (sha256) where state <> 'DONE';

create table import_rejection (
    job_id      uuid         not null references import_job (id),
    line        bigint       not null,
    -- REJECTED (the line breaks a rule) or CONFLICT (its NIK or card number belongs to another norm)
    kind        varchar(10)  not null,
    reason      varchar(255) not null,
    norm        varchar(20),
    other_norm  varchar(20),
    primary key (job_id, line)
);

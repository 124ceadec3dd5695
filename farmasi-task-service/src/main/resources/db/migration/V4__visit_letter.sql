-- The visit's VClaim letters: its SEP (admission) and its surat kontrol (poli), one of each per visit. The row is
-- claimed (ISSUING) and committed before BPJS is asked, so a second request finds it instead of asking again;
-- UNKNOWN: BPJS was asked and no answer came (it may have issued the letter). A deleted letter leaves the table.
create table visit_letter (
    kodebooking  varchar(64)  not null references visit (kodebooking),
    kind         varchar(16)  not null,
    nomor        varchar(64),
    state        varchar(16)  not null,
    -- what was sent and BPJS's dates (no card number, NIK or phone)
    detail       jsonb        not null default '{}'::jsonb,
    issued_by    varchar(100) not null,
    issued_at    bigint,
    updated_at   bigint       not null,
    primary key (kodebooking, kind),
    constraint visit_letter_kind check (kind in ('SEP', 'SURAT_KONTROL')),
    constraint visit_letter_state check (state in ('ISSUING', 'ISSUED', 'UNKNOWN'))
);

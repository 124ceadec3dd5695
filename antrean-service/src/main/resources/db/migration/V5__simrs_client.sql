-- SIMRS clients (OAuth2 client credentials): the secret is kept only as its SHA-256, shown once when set. Tokens
-- issued (iat, epoch seconds) before tokens_valid_after, and every token of a disabled client, are refused by every
-- service (published on antrean.staff-accounts under the name 'simrs:' || client_id).
create table simrs_client (
    client_id           varchar(64)  primary key,
    secret_sha256       char(64)     not null,
    -- comma-separated, among simrs-patients, simrs-onsite, simrs-tasks, simrs-read
    scopes              varchar(200) not null,
    disabled            boolean      not null default false,
    tokens_valid_after  bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    secret_set_at       timestamptz  not null default now()
);

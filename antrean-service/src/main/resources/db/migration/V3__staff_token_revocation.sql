-- Staff tokens can be revoked: a token issued (iat, epoch seconds) before tokens_valid_after is refused by every
-- service, and so is every token of a disabled account (published on antrean.staff-accounts).
alter table staff_account add column tokens_valid_after bigint not null default 0;
alter table staff_account add column disabled boolean not null default false;

-- The STAFF_ADMIN_PASSWORD last applied to the bootstrap administrator (bcrypt): a changed Secret takes effect once,
-- an unchanged one leaves a password the administrator has since changed alone.
create table staff_admin_bootstrap (
    username       varchar(64)  primary key,
    password_hash  varchar(200) not null,
    applied_at     timestamptz  not null default now()
);

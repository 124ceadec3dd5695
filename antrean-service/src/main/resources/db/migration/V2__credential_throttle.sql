-- Login throttle shared by every replica (CredentialThrottle). One row per counter: kind 'p' counts one username
-- from one address, 'a' one address (username ''), 'u' one username from every address (address ''). Every attempt
-- is counted before its password is checked; a success subtracts what its own attempts added.
create table credential_attempt (
    realm     varchar(10)  not null,
    kind      char(1)      not null check (kind in ('p', 'a', 'u')),
    username  varchar(128) not null,
    address   varchar(64)  not null,
    attempts  integer      not null check (attempts >= 0),
    -- epoch ms of the last attempt: the counter starts again after a quiet window
    last_at   bigint       not null,
    primary key (realm, kind, username, address)
);
create index credential_attempt_last_at on credential_attempt (last_at);

-- Addresses that logged in to an account: the username-wide limit does not slow them, so strangers guessing a
-- username cannot lock its owner out.
create table credential_known_address (
    realm         varchar(10)  not null,
    username      varchar(128) not null,
    address       varchar(64)  not null,
    succeeded_at  bigint       not null,
    primary key (realm, username, address)
);
create index credential_known_address_succeeded_at on credential_known_address (succeeded_at);

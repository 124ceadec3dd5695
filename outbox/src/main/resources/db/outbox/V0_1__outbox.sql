-- Events written in the same transaction as the change they describe, relayed to Kafka in id order.
create table outbox (
    id          bigserial primary key,
    event_id    varchar(64)  not null unique,
    topic       varchar(200) not null,
    record_key  varchar(200) not null,
    payload     text         not null,
    created_at  timestamptz  not null default now(),
    sent_at     timestamptz
);
create index outbox_unsent on outbox (id) where sent_at is null;

-- Event ids already applied by this service's consumers: a redelivered event changes nothing.
create table inbox (
    event_id    varchar(64) primary key,
    received_at timestamptz not null default now()
);

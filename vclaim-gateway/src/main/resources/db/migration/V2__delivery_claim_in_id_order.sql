-- Senders claim due deliveries in id order (a booking's head before its successors, so a claim meets few items
-- still waiting for their predecessor); this index holds only what is still to send.
drop index delivery_due;
create index delivery_pending on delivery (id) where status = 'PENDING';

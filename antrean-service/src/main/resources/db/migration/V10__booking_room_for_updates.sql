-- A booking row is updated in place up to three times (check-in, called, finished), on columns no index covers. Room
-- left on each page lets PostgreSQL write those as heap-only (HOT) updates: no new entry in the booking's seven
-- indexes, no new page. Applies to pages written from now on.
alter table booking set (fillfactor = 80);

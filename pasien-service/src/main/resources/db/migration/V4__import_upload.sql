-- The upload now reading a job (a new one for each post of the file): a chunk or an ending of an earlier upload that
-- is still in flight when the file is posted again changes nothing of the job, so no line is applied twice.
alter table import_job add column upload uuid;

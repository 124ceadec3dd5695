-- A number called again at its station (issue 22): the display announces it once more. The task stays as recorded
-- (BPJS keeps the first call's time); only the call board reads these.
ALTER TABLE visit ADD COLUMN called_again_taskid INTEGER;
ALTER TABLE visit ADD COLUMN called_again_at BIGINT;

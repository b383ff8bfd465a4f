-- Issue 11, completed: a revision is evaluated on arrival against its organisation's stored previous year, and a
-- reviewer's decisions follow a finding into the ward's next revision. (V3's "schema only for now" comments predate
-- the users, dispositions and transitions that now use those tables; a migration once run is never edited.)

-- The previous year's revision (the newest stored when this one arrived) whose figures the evaluation compared this
-- year's 前年度 figures with; null when none was stored.
alter table evaluation add column previous_submission_id bigint references submission (id);

-- A decision carried over to the same finding (same code, same location) of the organisation's next revision: the
-- decision row it copies, on the revision before. Null for a reviewer's own decision.
alter table disposition add column carried_from bigint references disposition (id);

-- A sheet sent as the 様式 workbook: the file as received and its name, so that the ward gets its own workbook back
-- annotated (its extra columns, formats and notes kept); submission_json holds what it read as. Null for JSON.
alter table submission add column received_file bytea;
alter table submission add column received_name varchar(500);

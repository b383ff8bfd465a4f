-- Kinds are now SEED (the folder or the bundled set recorded when the history was empty), PUBLISH and ROLLBACK.
-- A publish names the entry it was made on (its base), so the history shows what each change was applied to.
alter table rule_version add column base_id bigint;

-- Fingerprint of the training data a model version learned from, so a bot whose files changed since its
-- automatically trained version gets a fresh one at startup.
alter table model_version add column data_hash varchar(64);

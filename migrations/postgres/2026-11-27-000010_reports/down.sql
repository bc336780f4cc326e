DROP INDEX obligations_settled;
DROP INDEX cases_decided;
DROP INDEX cases_closed;
DROP INDEX cases_received;
DROP TABLE trainings;
DROP TABLE report_texts;
ALTER TABLE proposals DROP COLUMN favours;

-- One row per occasion a scheduled job has acted on (a reminder for one case and one
-- deadline, a day's cleanup). The primary key makes each occasion happen once, whatever the
-- number of instances and restarts.
CREATE TABLE scheduled_runs (
    job TEXT NOT NULL,
    occasion TEXT NOT NULL,
    ran_at TIMESTAMP NOT NULL,
    PRIMARY KEY (job, occasion)
);

mod helpers;

mod accounts;
mod admin;
mod authorization;
mod bench;
mod case_access;
mod case_file;
mod case_jobs;
mod cases;
mod cli;
mod csrf;
mod hearings;
mod jobs;
mod languages;
mod mail;
mod operations;
mod sessions;

mod helpers;

mod accounts;
mod admin;
mod authorization;
mod cli;
mod csrf;
mod operations;
mod sessions;

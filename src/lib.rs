//! Concilia: an online dispute-resolution portal for an ADR centre.
pub mod cause;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod startup;
pub mod state;
pub mod storage;
pub mod telemetry;
pub mod templates_env;
pub mod web;

//! Progress: a bar on a terminal, log lines otherwise.
use indicatif::{ProgressBar, ProgressStyle};
use newsflow_core::Outcome;
use newsflow_engine::Observer;
use std::io::IsTerminal;

/// Reports settled inputs.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar when stderr is a terminal and this is a batch with human logs.
    pub fn new(daemon: bool, human: bool) -> Self {
        let bar = (!daemon && human && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(ProgressStyle::with_template("{spinner} {pos} settled, {per_sec} — {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()));
            bar
        });
        Progress { bar }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn settled(&self, origin: &str, outcome: &Outcome) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(origin.rsplit('/').next().unwrap_or(origin).to_string());
        }
        match outcome {
            Outcome::Emitted { record_id } => tracing::debug!(input = origin, record = %record_id, "emitted"),
            Outcome::Dropped { stage, reason } => tracing::info!(input = origin, stage = %stage, reason = %reason, "dropped"),
            Outcome::Duplicate { of } => tracing::info!(input = origin, of = %of, "duplicate content, already processed"),
            Outcome::Failed { stage, error } => tracing::warn!(input = origin, stage = %stage, error = %error, "quarantined"),
        }
    }

    fn passed_over(&self, origin: &str, reason: &str, quarantined: bool) {
        if quarantined {
            tracing::warn!(input = origin, reason, "quarantined");
        } else {
            tracing::warn!(input = origin, reason, "skipped");
        }
    }
}

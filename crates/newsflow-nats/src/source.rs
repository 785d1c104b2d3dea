//! The JetStream pull consumer as a [`Source`].
use crate::{connect, NatsConfig, NatsError, HEADER_DELIVERIES, HEADER_ERROR, HEADER_NAME, HEADER_SEQUENCE, HEADER_STAGE};
use async_nats::jetstream::{self, consumer::PullConsumer, message::Acker, AckKind};
use async_trait::async_trait;
use futures::StreamExt;
use newsflow_core::{Acknowledge, Input, Outcome, Source, SourceError, SourceEvent};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::time::{Duration, SystemTime};
use tokio::sync::watch;

/// When the source ends.
#[derive(Debug)]
pub enum NatsMode {
    /// `newsflow batch`: end once the stream has nothing left for this
    /// consumer, neither undelivered nor awaiting any worker's ack.
    Drain,
    /// `newsflow run`: keep pulling until told to stop.
    Follow {
        /// Becomes `true` when the worker should stop taking messages.
        stop: watch::Receiver<bool>,
    },
}

/// A worker's end of the shared work-queue consumer.
pub struct NatsSource {
    config: NatsConfig,
    js: jetstream::Context,
    consumer: PullConsumer,
    mode: NatsMode,
    /// Messages pulled and not yet handed out, each already kept in
    /// progress: a batch waiting behind a slow document must not time out
    /// and come back (to this worker or another) while it waits.
    buffer: VecDeque<(jetstream::Message, tokio::task::JoinHandle<()>)>,
}

impl Drop for NatsSource {
    fn drop(&mut self) {
        // Messages never handed out go back to the stream after `ack_wait`.
        for (_, keepalive) in self.buffer.drain(..) {
            keepalive.abort();
        }
    }
}

impl std::fmt::Debug for NatsSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NatsSource").field("stream", &self.config.stream).field("consumer", &self.config.consumer).finish()
    }
}

impl NatsSource {
    /// Connects, and makes sure the streams and the shared consumer exist.
    pub async fn connect(config: NatsConfig, mode: NatsMode) -> Result<Self, NatsError> {
        config.validate()?;
        let client = connect(&config.url).await?;
        let js = jetstream::new(client);
        let stream = config.article_stream(&js).await?;
        config.dead_letter_stream(&js).await?;
        let consumer = config.consumer(&stream).await?;
        Ok(NatsSource { config, js, consumer, mode, buffer: VecDeque::new() })
    }

    fn stopping(&self) -> bool {
        matches!(&self.mode, NatsMode::Follow { stop } if *stop.borrow())
    }

    /// One pull request: up to `fetch_batch` messages, waiting at most
    /// `fetch_wait_ms` (cut short by a stop request).
    async fn fetch(&mut self) -> Result<(), NatsError> {
        let wait = Duration::from_millis(self.config.fetch_wait_ms);
        let batch = self.consumer.fetch().max_messages(self.config.fetch_batch).expires(wait).messages().await.map_err(|e| NatsError::js("pull request", e))?;
        let mut batch = Box::pin(batch);
        let mut stop = match &self.mode {
            NatsMode::Follow { stop } => Some(stop.clone()),
            NatsMode::Drain => None,
        };
        loop {
            let next = match stop.as_mut() {
                Some(stop) => tokio::select! {
                    next = batch.next() => next,
                    _ = stop.changed() => return Ok(()),
                },
                None => batch.next().await,
            };
            match next {
                Some(Ok(message)) => {
                    let keepalive = keep_in_progress(Acker::new(self.js.clone(), message.message.reply.clone()), self.config.ack_wait_secs);
                    self.buffer.push_back((message, keepalive));
                }
                Some(Err(e)) => return Err(NatsError::js("pulling messages", e)),
                None => return Ok(()),
            }
        }
    }

    /// Whether nothing is left: no message waits for delivery, none waits for an ack.
    async fn drained(&self) -> Result<bool, NatsError> {
        let info = self.consumer.get_info().await.map_err(|e| NatsError::js("consumer info", e))?;
        Ok(info.num_pending == 0 && info.num_ack_pending == 0)
    }

    fn input(&self, message: jetstream::Message, keepalive: tokio::task::JoinHandle<()>) -> Input {
        let (delivered, sequence) = message.info().map(|i| (i.delivered, i.stream_sequence)).unwrap_or((1, 0));
        let (message, acker) = message.split();
        let original = message.headers.as_ref().and_then(|h| h.get(HEADER_NAME)).map(|v| v.as_str().to_string()).filter(|n| !n.is_empty()).unwrap_or_else(|| format!("message-{sequence}.txt"));
        let bytes = message.payload.to_vec();
        let name = content_name(&original, &bytes);
        let origin = format!("nats:{}/{name}", self.config.stream);
        // Only a last delivery needs its bytes again (for the dead letter).
        let last_chance = delivered >= self.config.max_deliver;
        let ack = NatsAck {
            acker,
            js: self.js.clone(),
            dead_letter_subject: self.config.dead_letter_subject.clone(),
            retry_delay: Duration::from_millis(self.config.retry_delay_ms),
            original,
            delivered,
            sequence,
            payload: last_chance.then(|| message.payload.clone()),
            keepalive,
        };
        Input { name, origin, bytes, received: SystemTime::now(), ack: Box::new(ack) }
    }
}

/// `<stem>-<12 hex of SHA-256><.ext>`: the same on every worker and every
/// re-delivery, different for different content under the same name.
pub(crate) fn content_name(original: &str, bytes: &[u8]) -> String {
    let base = original.rsplit(['/', '\\']).next().unwrap_or(original);
    let (stem, ext) = match base.rfind('.') {
        Some(dot) if dot > 0 => (&base[..dot], &base[dot..]),
        _ => (base, ""),
    };
    let hash = Sha256::digest(bytes);
    let short = newsflow_core::hex(&hash[..6]);
    format!("{stem}-{short}{ext}")
}

#[async_trait]
impl Source for NatsSource {
    async fn next_event(&mut self) -> Option<SourceEvent> {
        loop {
            if self.stopping() {
                return None;
            }
            if let Some((message, keepalive)) = self.buffer.pop_front() {
                return Some(SourceEvent::Input(self.input(message, keepalive)));
            }
            if let Err(e) = self.fetch().await {
                tracing::warn!(error = %e, "NATS pull failed; retrying");
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            if self.buffer.is_empty() && matches!(self.mode, NatsMode::Drain) {
                match self.drained().await {
                    Ok(true) => return None,
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "NATS consumer info failed"),
                }
            }
        }
    }
}

/// Tells the server, every half `ack_wait`, that the message is still being
/// worked on, from the moment it is pulled until the returned task is
/// aborted (when the message is settled). A message waiting behind others
/// in a loaded worker (in the pulled batch or in the pipeline) would
/// otherwise be re-delivered while it waits, again and again, until
/// `max_deliver` runs out and the server gives it up unprocessed.
fn keep_in_progress(acker: Acker, ack_wait_secs: u64) -> tokio::task::JoinHandle<()> {
    let period = Duration::from_millis(ack_wait_secs.saturating_mul(500).max(100));
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(period).await;
            if acker.ack_with(AckKind::Progress).await.is_err() {
                return;
            }
        }
    })
}

/// Settles one message once its outcome is durable.
struct NatsAck {
    acker: Acker,
    js: jetstream::Context,
    dead_letter_subject: String,
    retry_delay: Duration,
    original: String,
    delivered: i64,
    sequence: u64,
    payload: Option<bytes::Bytes>,
    /// The task that keeps the message in progress until it is settled.
    keepalive: tokio::task::JoinHandle<()>,
}

impl Drop for NatsAck {
    fn drop(&mut self) {
        self.keepalive.abort();
    }
}

#[async_trait]
impl Acknowledge for NatsAck {
    async fn acknowledge(self: Box<Self>, outcome: &Outcome) -> Result<(), SourceError> {
        self.keepalive.abort();
        let nats = |context: &str, e: &dyn std::fmt::Display| SourceError::Other(format!("{context} (stream sequence {}): {e}", self.sequence));
        let Outcome::Failed { stage, error } = outcome else {
            // Double ack: wait for the server to confirm, so a success is never re-delivered.
            return self.acker.double_ack().await.map_err(|e| nats("ack", &e));
        };
        match &self.payload {
            None => {
                tracing::warn!(sequence = self.sequence, delivery = self.delivered, %stage, %error, "failed; the message will be re-delivered");
                self.acker.ack_with(AckKind::Nak(Some(self.retry_delay))).await.map_err(|e| nats("nak", &e))
            }
            Some(payload) => {
                let mut headers = async_nats::HeaderMap::new();
                headers.insert(HEADER_NAME, self.original.as_str());
                headers.insert(HEADER_ERROR, one_line(error).as_str());
                headers.insert(HEADER_STAGE, stage.as_str());
                headers.insert(HEADER_DELIVERIES, self.delivered.to_string().as_str());
                headers.insert(HEADER_SEQUENCE, self.sequence.to_string().as_str());
                let published = self.js.publish_with_headers(self.dead_letter_subject.clone(), headers, payload.clone()).await.map_err(|e| nats("dead letter", &e))?;
                published.await.map_err(|e| nats("dead letter ack", &e))?;
                tracing::warn!(sequence = self.sequence, deliveries = self.delivered, %stage, %error, subject = %self.dead_letter_subject, "dead-lettered");
                self.acker.double_ack_with(AckKind::Term).await.map_err(|e| nats("term", &e))
            }
        }
    }
}

/// Header values are one line.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n']).filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_names_are_stable_and_tell_contents_apart() {
        let a = content_name("dir/story.txt", b"one");
        assert_eq!(a, content_name("story.txt", b"one"));
        assert!(a.starts_with("story-") && a.ends_with(".txt") && a.len() == "story-".len() + 12 + 4, "{a}");
        assert_ne!(a, content_name("story.txt", b"two"));
        assert!(content_name("noext", b"x").starts_with("noext-"));
        assert_eq!(one_line("a\r\nb\n\nc"), "a | b | c");
    }
}

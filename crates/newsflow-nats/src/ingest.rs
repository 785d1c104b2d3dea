//! `newsflow ingest`: publish article files into the stream, as a crawler would.
use crate::{connect, NatsConfig, NatsError, HEADER_CONTENT_TYPE, HEADER_NAME};
use async_nats::jetstream;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What an ingest did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IngestReport {
    /// Files stored in the stream.
    pub published: usize,
    /// Files the stream already had (same content within its duplicate window).
    pub duplicates: usize,
    /// Bytes published.
    pub bytes: u64,
    /// Files not published, with why (too large for the server, unreadable).
    pub refused: Vec<(PathBuf, String)>,
}

/// Publishes every file given (folders: the files directly inside, hidden
/// names skipped), waiting for the stream to store each. `Nats-Msg-Id` is the
/// content's SHA-256, so publishing the same article twice stores it once.
pub async fn ingest_paths(config: &NatsConfig, paths: &[PathBuf]) -> Result<IngestReport, NatsError> {
    let client = connect(&config.url).await?;
    let max_payload = client.server_info().max_payload;
    let js = jetstream::new(client);
    config.article_stream(&js).await?;
    let mut report = IngestReport::default();
    let mut pending = Vec::new();
    for path in expand(paths)? {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                report.refused.push((path, format!("unreadable: {e}")));
                continue;
            }
        };
        // The payload limit is the server's (`max_payload`, 1 MiB by default);
        // headers count against it too, so keep a margin.
        if bytes.len() + 1024 > max_payload {
            report.refused.push((path, format!("{} bytes: over the server's max_payload of {max_payload} bytes (raise max_payload in nats-server.conf)", bytes.len())));
            continue;
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(HEADER_NAME, name.as_str());
        headers.insert(HEADER_CONTENT_TYPE, content_type(&path));
        headers.insert(async_nats::header::NATS_MESSAGE_ID, newsflow_core::hex(&Sha256::digest(&bytes)).as_str());
        report.bytes += bytes.len() as u64;
        let ack = js.publish_with_headers(config.subject.clone(), headers, bytes.into()).await.map_err(|e| NatsError::js(format!("publishing {}", path.display()), e))?;
        pending.push((path, ack));
        // Keep a window of publishes in flight instead of one round trip each.
        if pending.len() >= 256 {
            settle(&mut pending, &mut report).await?;
        }
    }
    settle(&mut pending, &mut report).await?;
    Ok(report)
}

async fn settle(pending: &mut Vec<(PathBuf, jetstream::context::PublishAckFuture)>, report: &mut IngestReport) -> Result<(), NatsError> {
    for (path, ack) in pending.drain(..) {
        let ack = ack.await.map_err(|e| NatsError::js(format!("storing {}", path.display()), e))?;
        if ack.duplicate {
            report.duplicates += 1;
        } else {
            report.published += 1;
        }
    }
    Ok(())
}

fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, NatsError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| NatsError::Io { context: format!("listing {}", path.display()), source: e })?;
            let mut inside: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()) && !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.path())
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("html" | "htm" | "xhtml") => "text/html",
        _ => "text/plain",
    }
}

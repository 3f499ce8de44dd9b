//! What one request may hold, and for how long: a slot among the uploads in flight while its
//! body arrives (by a deadline, into memory) and is worked on; a slot among the workers for
//! importing, diffing and rendering, which run on tokio's blocking threads so that the async
//! workers stay free for everyone else (`/style.css` and pages already rendered answer while
//! two uploads take their time); and a time limit on the whole.
//!
//! Work cannot be interrupted halfway (the library has no cancellation points), so a request
//! over its time limit is answered at once, but its work runs to its end in the background and
//! keeps its worker slot till then: the number of threads busy at once stays bounded whatever
//! is sent.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, HttpBody};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::error::WebError;
use super::{App, UPLOAD_LIMIT};

/// The server's limits; [`Limits::default`] is what `resdiff serve` runs with (docs/manual.md,
/// "The web app"). Tests shorten the times.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections open at once; past it a new one is closed at once.
    pub connections: usize,
    /// Time to send a request's head, and to start the next one on a kept-alive connection.
    pub header: Duration,
    /// Requests with a body (uploads) held at once, each up to [`UPLOAD_LIMIT`] in memory.
    pub uploads: usize,
    /// Time for a whole body to arrive, however it trickles.
    pub body: Duration,
    /// Imports, diffs and renders of uploads at once; corpus pages not yet rendered have as
    /// many slots of their own, so that uploads cannot keep them waiting.
    pub workers: usize,
    /// How long a request waits for an upload or worker slot before it is told the server is
    /// busy.
    pub queue: Duration,
    /// Time for a request once its body is in: waiting for a worker, and the work.
    pub request: Duration,
    /// Proposals in one synoptic table sent to `/compile`.
    pub proposals: usize,
    /// Cells (provisions × proposals) in one synoptic table sent to `/compile`.
    pub cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            // Far above what a browser opens (six per host), far below the descriptors a
            // process gets (1,024 at the least).
            connections: 256,
            header: Duration::from_secs(10),
            // 4 × 8 MiB: the memory uploads may take stays under 100 MB whatever is sent.
            uploads: 4,
            // 8 MiB in 30 s is 2.2 Mbit/s; on this machine's loopback it takes milliseconds.
            body: Duration::from_secs(30),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue: Duration::from_secs(10),
            // Ten times the 10 s the README promises for any input under the caps.
            request: Duration::from_secs(30),
            // A conference sees a handful of proposals per resolution; a hundred is far more.
            proposals: 100,
            // Res. 30 with ten proposals is about 1,500 cells (some 200 KB of HTML).
            cells: 50_000,
        }
    }
}

/// The slots of [`Limits`], shared by every request.
pub struct Gates {
    pub limits: Limits,
    uploads: Arc<Semaphore>,
    work: Arc<Semaphore>,
    pages: Arc<Semaphore>,
}

impl Gates {
    pub fn new(limits: Limits) -> Gates {
        Gates {
            uploads: Arc::new(Semaphore::new(limits.uploads.max(1))),
            work: Arc::new(Semaphore::new(limits.workers.max(1))),
            pages: Arc::new(Semaphore::new(limits.workers.max(1))),
            limits,
        }
    }

    async fn slot(
        &self,
        gate: &Arc<Semaphore>,
        what: &str,
    ) -> Result<OwnedSemaphorePermit, WebError> {
        match tokio::time::timeout(self.limits.queue, gate.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(WebError::busy(what, self.limits.queue)),
        }
    }
}

impl App {
    /// Runs `work` (an upload's import, diff and render) on a blocking thread, once a worker
    /// slot is free; the slot stays taken until `work` ends, even if the request has been
    /// answered.
    pub(super) async fn blocking<F>(self: &Arc<Self>, work: F) -> Response
    where
        F: FnOnce(&App) -> Response + Send + 'static,
    {
        self.on_worker(&self.gates.work, "other work", work).await
    }

    /// The same for rendering a corpus page, on slots of its own.
    pub(super) async fn rendering<F>(self: &Arc<Self>, work: F) -> Response
    where
        F: FnOnce(&App) -> Response + Send + 'static,
    {
        self.on_worker(&self.gates.pages, "other pages", work).await
    }

    async fn on_worker<F>(self: &Arc<Self>, gate: &Arc<Semaphore>, what: &str, work: F) -> Response
    where
        F: FnOnce(&App) -> Response + Send + 'static,
    {
        let limit = self.gates.limits.request;
        let run = async {
            let slot = self.gates.slot(gate, what).await?;
            let app = self.clone();
            let done = tokio::task::spawn_blocking(move || {
                let response = work(&app);
                drop(slot);
                response
            });
            match done.await {
                Ok(response) => Ok(response),
                // The panic goes on up to CatchPanicLayer, which answers it as any other.
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                Err(_) => Err(WebError::stopping()),
            }
        };
        match tokio::time::timeout(limit, run).await {
            Ok(Ok(response)) => response,
            Ok(Err(e)) => e.into_response(),
            Err(_) => WebError::too_long(limit).into_response(),
        }
    }
}

/// Every request passes here: one with a body takes an upload slot and is read whole by the
/// body deadline. A request without a body goes straight on. The request time limit is kept
/// where the work waits for a worker ([`App::blocking`], [`App::rendering`]), once for every
/// request: reading the form in memory before it is no more than the body's copy, and the
/// stylesheet and kept pages cost no timer.
pub async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    if request.body().size_hint().exact() == Some(0) {
        return next.run(request).await;
    }
    let limits = &app.gates.limits;
    // Held until the answer is made: the form and its files stay in memory till then.
    let _upload = match app.gates.slot(&app.gates.uploads, "other uploads").await {
        Ok(slot) => slot,
        Err(e) => return e.into_response(),
    };
    let (parts, body) = request.into_parts();
    let request = match tokio::time::timeout(limits.body, whole(body)).await {
        Ok(Ok(bytes)) => Request::from_parts(parts, Body::from(bytes)),
        Ok(Err(Broke::TooLarge)) => return super::multipart::too_large(),
        Ok(Err(Broke::Off)) => return WebError::broken_off().into_response(),
        Err(_) => return WebError::too_slow_upload(limits.body).into_response(),
    };
    next.run(request).await
}

enum Broke {
    TooLarge,
    Off,
}

/// The body in memory, refused as soon as it passes [`UPLOAD_LIMIT`] (before reading at all
/// when its length says so).
async fn whole(mut body: Body) -> Result<Vec<u8>, Broke> {
    let hint = body.size_hint();
    if hint.lower() > UPLOAD_LIMIT as u64 {
        return Err(Broke::TooLarge);
    }
    let mut out = Vec::with_capacity(usize::try_from(hint.lower()).unwrap_or(0));
    while let Some(frame) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await
    {
        let Ok(frame) = frame else {
            return Err(Broke::Off);
        };
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > UPLOAD_LIMIT {
                return Err(Broke::TooLarge);
            }
            out.extend_from_slice(&data);
        }
    }
    Ok(out)
}

//! The accept loop: hyper's HTTP/1 connections with a cap on their number and a time limit on
//! reading a request's head (which is also how long a kept-alive connection may sit idle).
//!
//! `axum::serve` has neither, so a client that connects and sends nothing, or dribbles its
//! headers, held a socket and a task forever; enough of them used up the file descriptors and
//! nobody was served. The loop here is the one `axum::serve` runs, with hyper's own
//! `header_read_timeout` switched on and a semaphore around the connections: nothing of HTTP is
//! written here. What happens once a request's head is in (bodies, uploads, work) is the
//! router's `guard` (limits.rs).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::limits::Limits;

/// How long a stop (Ctrl-C) waits for the requests under way before it closes their
/// connections.
const DRAIN: Duration = Duration::from_secs(5);

/// Serves `router` on `listener` until `stop` completes, then lets the requests under way
/// finish (for at most [`DRAIN`]).
pub async fn run(
    listener: TcpListener,
    router: Router,
    limits: &Limits,
    stop: impl Future<Output = ()>,
) {
    let open = Arc::new(Semaphore::new(limits.connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors (or a connection reset before it was taken): waiting
                // lets the connections that hold them end, as `axum::serve` does.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Over the cap, the connection is closed at once rather than left in the backlog,
        // where it would hold a descriptor and make its client wait for nothing.
        let Ok(slot) = open.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let conn = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header)
            .serve_connection(
                TokioIo::new(stream),
                TowerToHyperService::new(router.clone()),
            );
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A connection's end (the client gone, a head too slow) is no one's error.
            let _ = conn.await;
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN) => {}
    }
}

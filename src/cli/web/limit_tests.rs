//! The server under hostile clients, over real sockets (issue 27, findings 1-3): each test
//! starts the accept loop on a free loopback port, on a two-worker runtime of its own as
//! `resdiff serve` has on two cores, with short limits, and talks to it with plain blocking
//! sockets. Time bounds are generous: they say that something happens (a disconnection, an
//! answer before another), never how fast.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::limits::Limits;
use super::pages::Library;
use axum::http::StatusCode;

use super::tests::{BOUNDARY, fixture, multipart, post_to};
use super::{App, router, server};

/// Stops the server when dropped.
struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Long enough that no test waits for it: a limit a test does not exercise.
const NEVER: Duration = Duration::from_secs(300);

/// Limits with every time long: a test shortens what it exercises.
fn limits() -> Limits {
    Limits {
        header: NEVER,
        body: NEVER,
        queue: NEVER,
        request: NEVER,
        ..Limits::default()
    }
}

fn start(limits: Limits) -> Server {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (tell, told) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a free port");
            tell.send(listener.local_addr().expect("address"))
                .expect("the test waits");
            let app = Arc::new(App::with_limits(Library::new(Vec::new()), limits.clone()));
            server::run(listener, router(app), &limits, async {
                let _ = stopped.await;
            })
            .await;
        });
        // Sleeping work and stalled clients are not waited for.
        runtime.shutdown_background();
    });
    Server {
        addr: told.recv().expect("the server starts"),
        stop: Some(stop),
    }
}

fn connect(server: &Server) -> TcpStream {
    let s = TcpStream::connect(server.addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    s
}

/// Reads until the server closes; None if it stays open for `bound`.
fn closed_within(s: &mut TcpStream, bound: Duration) -> Option<String> {
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while start.elapsed() < bound {
        s.set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        match s.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            // Reset: closed with bytes unread.
            Err(_) => return Some(String::from_utf8_lossy(&got).into_owned()),
        }
    }
    None
}

/// One request on its own connection; the answer's status and text.
fn ask(server: &Server, head: &str, body: &[u8]) -> (u16, String) {
    let mut s = connect(server);
    s.write_all(head.as_bytes()).expect("send head");
    s.write_all(body).expect("send body");
    let mut got = Vec::new();
    s.read_to_end(&mut got).expect("answer");
    let text = String::from_utf8_lossy(&got).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn get(server: &Server, path: &str) -> (u16, String) {
    ask(
        server,
        &format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"),
        b"",
    )
}

fn post_head(path: &str, length: usize) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {length}\r\n\r\n"
    )
}

/// The two Res. 30 texts, as the compare form sends them.
fn res30_upload() -> Vec<u8> {
    multipart(
        &[
            ("old", "dubai.txt", &fixture("wtdc-030-dubai-2014.ar.txt")),
            ("new", "rcc.txt", &fixture("wtdc-030-rcc-wtdc17.ar.txt")),
        ],
        &[("format", "json")],
    )
}

/// Finding 1: work that takes long runs off the async workers, so a page answers meanwhile;
/// past the worker slots a request is told the server is busy, and past its time limit that
/// it was given up, each on a page.
#[test]
fn pages_answer_while_long_work_runs() {
    let server = start(Limits {
        workers: 2,
        queue: Duration::from_secs(1),
        request: Duration::from_secs(20),
        ..limits()
    });
    // Two long imports' worth of work, on both workers of a two-worker runtime.
    let slow: Vec<_> = (0..2)
        .map(|_| {
            let addr = server.addr;
            std::thread::spawn(move || {
                let s = Server { addr, stop: None };
                get(&s, "/test-slow/8000")
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let (status, text) = get(&server, "/style.css");
    assert_eq!(status, 200, "{text}");
    let (status, _) = get(&server, "/index.html");
    assert_eq!(status, 200);
    assert!(
        slow.iter().all(|t| !t.is_finished()),
        "the pages waited for the long work to end"
    );
    // Both workers busy: a third piece of work waits its queue time, then is told why.
    let (status, text) = get(&server, "/test-slow/10");
    assert_eq!(status, 503, "{text}");
    assert!(
        text.contains("busy") && text.to_lowercase().contains("retry-after: 1"),
        "{text}"
    );
    for t in slow {
        assert_eq!(t.join().expect("client").0, 200);
    }
}

#[test]
fn work_over_its_time_is_answered_504() {
    let server = start(Limits {
        request: Duration::from_secs(1),
        ..limits()
    });
    let (status, text) = get(&server, "/test-slow/6000");
    assert_eq!(status, 504, "{text}");
    assert!(text.contains("took longer than the 1 s"), "{text}");
}

/// Finding 2: a head sent in part, a connection that never speaks and one kept alive idle
/// are all closed after the header time; a body dripped a byte at a time after the body time.
#[test]
fn slow_and_idle_connections_are_closed() {
    let server = start(Limits {
        header: Duration::from_secs(1),
        body: Duration::from_secs(2),
        ..limits()
    });
    let bound = Duration::from_secs(20);
    let mut partial = connect(&server);
    partial
        .write_all(b"GET / HTTP/1.1\r\nHost: t\r\n")
        .expect("send");
    let mut bare = connect(&server);
    let mut idle = connect(&server);
    idle.write_all(b"GET /style.css HTTP/1.1\r\nHost: t\r\n\r\n")
        .expect("send");
    let mut dripped = connect(&server);
    dripped
        .write_all(post_head("/compare", 1000).as_bytes())
        .expect("send");
    assert!(
        closed_within(&mut partial, bound).is_some(),
        "a partial head is held"
    );
    assert!(
        closed_within(&mut bare, bound).is_some(),
        "a silent connection is held"
    );
    let answered = closed_within(&mut idle, bound).expect("an idle connection is held");
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    // A byte every 200 ms: never idle for long, never done.
    let start = Instant::now();
    let mut answer = None;
    while start.elapsed() < bound && answer.is_none() {
        if dripped.write_all(b"-").is_err() {
            break;
        }
        answer = closed_within(&mut dripped, Duration::from_millis(200));
    }
    let answer = answer
        .or_else(|| closed_within(&mut dripped, Duration::from_secs(2)))
        .expect("a dripped body is held");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive within the 2 s"), "{answer}");
}

/// Finding 2: past the connection cap a new connection is closed at once; once one ends,
/// the server takes another.
#[test]
fn connections_past_the_cap_are_closed() {
    let server = start(Limits {
        connections: 3,
        ..limits()
    });
    let mut held: Vec<TcpStream> = (0..3).map(|_| connect(&server)).collect();
    // Give the server time to take the three.
    std::thread::sleep(Duration::from_millis(300));
    let mut over = connect(&server);
    assert!(
        closed_within(&mut over, Duration::from_secs(20)).is_some(),
        "a connection past the cap is held"
    );
    held.pop();
    let start = Instant::now();
    loop {
        let mut s = connect(&server);
        let _ = s.write_all(b"GET /style.css HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        let answer = closed_within(&mut s, Duration::from_secs(5)).unwrap_or_default();
        if answer.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "a freed slot is never taken again"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Finding 3: uploads stalled mid-body hold at most the upload slots (and their memory): one
/// more is told the server is busy without its body being read, and the stalled ones are
/// closed at the body time, after which uploads go through again.
#[test]
fn stalled_uploads_hold_no_more_than_their_slots() {
    let server = start(Limits {
        uploads: 2,
        body: Duration::from_secs(4),
        queue: Duration::from_secs(1),
        ..limits()
    });
    let mut stalled: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = connect(&server);
            s.write_all(post_head("/compare", 4 << 20).as_bytes())
                .expect("send head");
            s.write_all(&vec![b'a'; 1 << 20]).expect("send part");
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let body = res30_upload();
    let (status, text) = ask(&server, &post_head("/compare", body.len()), &body);
    assert_eq!(status, 503, "{text}");
    assert!(text.contains("busy with other uploads"), "{text}");
    for s in &mut stalled {
        let answer = closed_within(s, Duration::from_secs(30)).expect("a stalled upload is held");
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
    let (status, text) = ask(&server, &post_head("/compare", body.len()), &body);
    assert_eq!(status, 200, "{text}");
}

/// Finding 4: a synoptic table grows with proposals × provisions, so `/compile` refuses too
/// many proposals before reading them (1,200 tiny ones once made 177 MB of HTML), naming the
/// field to change.
#[tokio::test]
async fn compile_refuses_too_many_proposals_naming_the_field() {
    let app = Arc::new(App::new(Library::new(Vec::new())));
    let base = fixture("wtdc-030-dubai-2014.ar.txt");
    let proposal = fixture("wtdc-030-rcc-wtdc17.ar.txt");
    let names: Vec<String> = (0..101).map(|i| format!("p{i}.txt")).collect();
    let mut files: Vec<(&str, &str, &[u8])> = vec![("base", "dubai.txt", &base)];
    files.extend(
        names
            .iter()
            .map(|n| ("proposals", n.as_str(), proposal.as_slice())),
    );
    let (s, _, page) = post_to(&app, "/compile", multipart(&files, &[("format", "page")])).await;
    let page = String::from_utf8_lossy(&page);
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(
        page.contains("101 files chosen under Proposals") && page.contains("at most 100 proposals"),
        "{page}"
    );
}

/// ... and a table of more cells than the limit, counted before it is written out.
#[tokio::test]
async fn compile_refuses_a_table_past_its_cells() {
    let app = Arc::new(App::with_limits(
        Library::new(Vec::new()),
        Limits {
            cells: 10,
            ..Limits::default()
        },
    ));
    let files: [(&str, &str, &[u8]); 2] = [
        ("base", "dubai.txt", &fixture("wtdc-030-dubai-2014.ar.txt")),
        (
            "proposals",
            "rcc.txt",
            &fixture("wtdc-030-rcc-wtdc17.ar.txt"),
        ),
    ];
    for format in ["page", "json"] {
        let (s, _, page) =
            post_to(&app, "/compile", multipart(&files, &[("format", format)])).await;
        let page = String::from_utf8_lossy(&page);
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains("cells") && page.contains("more than the 10 this server makes"),
            "{page}"
        );
        assert!(
            page.contains("choose fewer files under Proposals"),
            "{page}"
        );
    }
}

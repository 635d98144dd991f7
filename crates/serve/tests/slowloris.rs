//! The real server loop ([`chronicle_serve::serve_on`]) on 127.0.0.1 against
//! slow clients: connections that dribble header bytes, or send nothing, are
//! closed by the header read timeout, and normal requests are still answered,
//! also when slow clients hold every connection slot. No timing assertions:
//! the only time limit is a hang guard that fails the test instead of waiting
//! forever.

use chronicle_serve::{AppState, Config, serve_on};
use chronicle_store::Store;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Fails the test if `f` has not finished in 60 s (the cases take well under
/// a second; this only turns a hang into a failure).
async fn guard<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: still running after 60 s"))
}

struct Server {
    addr: SocketAddr,
    state: Arc<AppState>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    _dir: tempfile::TempDir,
}

async fn start(max_connections: usize) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("slow.db");
    Store::open(&db)
        .unwrap()
        .put_docs(&chronicle_store::example::example_docs())
        .unwrap();
    let mut cfg = Config::new(&db);
    cfg.header_read_timeout = Duration::from_millis(300);
    cfg.max_connections = max_connections;
    let state = AppState::new(cfg).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve_on(listener, state.clone(), async {
        let _ = rx.await;
    }));
    Server {
        addr,
        state,
        stop: Some(tx),
        task,
        _dir: dir,
    }
}

impl Server {
    async fn stop(mut self) {
        let _ = self.stop.take().unwrap().send(());
        guard("shutdown", self.task).await.unwrap().unwrap();
    }
}

/// One GET on a fresh connection (`Connection: close`): status and body.
async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {text:?}"));
    let body = text.split_once("\r\n\r\n").map_or("", |x| x.1).to_string();
    (status, body)
}

/// A slowloris client: sends a request line, then one header byte every
/// 20 ms, and returns once the server has closed the connection (read gives
/// EOF or an error). Returns how many header bytes it got to send.
async fn slow_client(addr: SocketAddr, dribble: bool) -> usize {
    let s = TcpStream::connect(addr).await.unwrap();
    let (mut r, mut w) = s.into_split();
    let writer = tokio::spawn(async move {
        let mut sent = 0usize;
        if dribble {
            if w.write_all(b"GET /api/v1/stats HTTP/1.1\r\n")
                .await
                .is_err()
            {
                return sent;
            }
            for b in b"X-Slow: ".iter().chain(b"a".repeat(100_000).iter()) {
                tokio::time::sleep(Duration::from_millis(20)).await;
                if w.write_all(&[*b]).await.is_err() {
                    break;
                }
                sent += 1;
            }
        }
        // keep the write half open (a half-close would end the request)
        std::future::pending::<()>().await;
        sent
    });
    let mut buf = [0u8; 1024];
    loop {
        match r.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {} // a 408 or similar before the close is fine
        }
    }
    writer.abort();
    writer.await.unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_others_are_served() {
    let srv = start(512).await;
    let addr = srv.addr;
    let slow: Vec<_> = (0..20)
        .map(|i| tokio::spawn(slow_client(addr, i % 4 != 0)))
        .collect();
    // while the slow clients hold their connections, normal requests succeed
    for _ in 0..5 {
        let (status, body) = guard("normal request", get(addr, "/api/v1/stats")).await;
        assert_eq!(status, 200, "{body}");
        assert!(body.contains("\"articles\":3"), "{body}");
    }
    // every slow connection is closed by the server (else the guard fails)
    for h in slow {
        guard("slow client", h).await.unwrap();
    }
    let st = srv.state.stats();
    assert!(
        st.conns_failed >= 20,
        "header timeouts not counted as failed connections: {st:?}"
    );
    assert_eq!(guard("after", get(addr, "/api/v1/")).await.0, 200);
    srv.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_holding_every_slot_do_not_starve_others() {
    // 3 connection slots, 6 slow clients: the normal request waits in the
    // backlog until header timeouts free a slot, then it is served.
    let srv = start(3).await;
    let addr = srv.addr;
    let slow: Vec<_> = (0..6)
        .map(|_| tokio::spawn(slow_client(addr, true)))
        .collect();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let (status, body) = guard("request behind slow clients", get(addr, "/api/v1/stats")).await;
    assert_eq!(status, 200, "{body}");
    for h in slow {
        guard("slow client", h).await.unwrap();
    }
    let st = srv.state.stats();
    assert!(st.conns_open <= 3, "{st:?}");
    assert!(st.conns_failed >= 6, "{st:?}");
    srv.stop().await;
}

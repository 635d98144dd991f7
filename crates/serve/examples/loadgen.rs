//! Load generator for the Chronicle server, against 127.0.0.1 only.
//!
//! Starts the real server loop ([`chronicle_serve::serve_on`]) on an ephemeral
//! loopback port over an existing database, then runs bounded phases (each
//! stops by itself after its request count or the time cap):
//!
//! 1. throughput: keep-alive clients on the search, events (with cursor
//!    pages) and article endpoints; requests/s, p50/p90/p99/max, errors;
//! 2. limits under load: oversized URIs (414), bodies (413) and headers (431)
//!    sent while the load runs; peak concurrent queries vs the limit;
//! 3. request timeout: a second server with a 1-query limit and a short
//!    request timeout flooded with searches: every request is answered, the
//!    queued ones with 503 "request timed out", none hangs;
//! 4. slowloris: slow clients open connections and dribble header bytes while
//!    normal clients run; the slow ones are cut off by the header read timeout
//!    and the normal ones keep being served.
//!
//! ```sh
//! cargo run --release -p chronicle-serve --example loadgen -- --db abp3k.db
//! cargo run --release -p chronicle-serve --example loadgen -- --db abp3k.db \
//!     --requests 20000 --concurrency 32 --slow 200 --max-seconds 300 --json
//! ```

use chronicle_serve::{AppState, Config, ServerStats, serve_on};
use chronicle_store::{EventFilter, Store};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

struct Opts {
    db: PathBuf,
    requests: usize,
    concurrency: usize,
    slow: usize,
    max_seconds: u64,
    header_timeout_ms: u64,
    json: bool,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        db: PathBuf::new(),
        requests: 20_000,
        concurrency: 32,
        slow: 200,
        max_seconds: 300,
        header_timeout_ms: 2_000,
        json: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{a} needs a value"));
        let num = |v: String| v.parse::<u64>().map_err(|e| format!("{a}: {e}"));
        match a.as_str() {
            "--db" => o.db = val()?.into(),
            "--requests" => o.requests = num(val()?)? as usize,
            "--concurrency" => o.concurrency = num(val()?)?.max(1) as usize,
            "--slow" => o.slow = num(val()?)? as usize,
            "--max-seconds" => o.max_seconds = num(val()?)?.max(1),
            "--header-timeout-ms" => o.header_timeout_ms = num(val()?)?.max(1),
            "--json" => o.json = true,
            "-h" | "--help" => {
                return Err("usage: loadgen --db FILE [--requests N] [--concurrency C] \
                     [--slow S] [--max-seconds T] [--header-timeout-ms MS] [--json]"
                    .into());
            }
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if o.db.as_os_str().is_empty() {
        return Err("--db FILE is required".into());
    }
    Ok(o)
}

/// Request targets drawn from the database itself.
struct Sample {
    articles: Vec<String>,
    actors: Vec<String>,
    types: Vec<String>,
}

const WORDS: &[&str] = &[
    "Russia",
    "Ukraine",
    "troops",
    "sanctions",
    "talks",
    "ceasefire",
    "missile",
    "president",
    "Kyiv",
    "NATO",
    "gas",
    "border",
    "election",
    "refugees",
    "minister said",
    "attack",
];

fn sample(db: &PathBuf) -> Result<Sample, String> {
    let s = Store::open_read_only(db).map_err(|e| e.to_string())?;
    let page = s
        .events(&EventFilter {
            limit: Some(1000),
            ..Default::default()
        })
        .map_err(|e| e.to_string())?;
    let mut articles: Vec<String> = page.items.iter().map(|e| e.article.clone()).collect();
    articles.dedup();
    let mut types: Vec<String> = page.items.iter().map(|e| e.event_type.clone()).collect();
    types.sort();
    types.dedup();
    let actors: Vec<String> = s
        .actors(None, Some(100))
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|a| a.code)
        .filter(|c| !c.is_empty())
        .collect();
    if articles.is_empty() || actors.is_empty() {
        return Err("the database has no events or actors: ingest some articles first".into());
    }
    Ok(Sample {
        articles,
        actors,
        types,
    })
}

/// xorshift64*: a small deterministic generator (no rand dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<T: AsRef<str>>(&mut self, v: &[T]) -> String {
        v[(self.next() % v.len() as u64) as usize]
            .as_ref()
            .to_string()
    }
}

fn enc(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

/// The mix: 25% text search, 10% actor search, 35% events (a fifth of them
/// follow the `next` cursor), 30% one article.
fn target(r: &mut Rng, s: &Sample) -> (&'static str, String) {
    match r.next() % 100 {
        0..25 => (
            "search",
            format!("/api/v1/search?q={}&limit=20", enc(&r.pick(WORDS))),
        ),
        25..35 => (
            "search",
            format!("/api/v1/search?actor={}&limit=20", enc(&r.pick(&s.actors))),
        ),
        35..70 => {
            let mut q = format!("/api/v1/events?limit=50&actor={}", enc(&r.pick(&s.actors)));
            match r.next() % 4 {
                0 if !s.types.is_empty() => q.push_str(&format!("&type={}", r.pick(&s.types))),
                1 => q.push_str(&format!("&text={}", enc(&r.pick(WORDS)))),
                2 => q.push_str("&from=2014-01-01&to=2024-12-31"),
                _ => {}
            }
            ("events", q)
        }
        _ => (
            "article",
            format!("/api/v1/articles/{}", enc(&r.pick(&s.articles))),
        ),
    }
}

/// A keep-alive HTTP/1.1 connection with a minimal response reader
/// (Content-Length or chunked bodies).
struct Conn {
    addr: SocketAddr,
    io: Option<BufReader<TcpStream>>,
}

impl Conn {
    fn new(addr: SocketAddr) -> Conn {
        Conn { addr, io: None }
    }

    async fn send(&mut self, raw: &[u8]) -> std::io::Result<(u16, Vec<u8>)> {
        if self.io.is_none() {
            let s = TcpStream::connect(self.addr).await?;
            s.set_nodelay(true)?;
            self.io = Some(BufReader::new(s));
        }
        let r = Self::exchange(self.io.as_mut().unwrap(), raw).await;
        match &r {
            Ok((_, _, keep)) if *keep => {}
            _ => self.io = None,
        }
        r.map(|(s, b, _)| (s, b))
    }

    async fn get(&mut self, path: &str) -> std::io::Result<(u16, Vec<u8>)> {
        let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        self.send(req.as_bytes()).await
    }

    async fn exchange(
        io: &mut BufReader<TcpStream>,
        raw: &[u8],
    ) -> std::io::Result<(u16, Vec<u8>, bool)> {
        let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, m.to_string());
        io.get_mut().write_all(raw).await?;
        let mut line = String::new();
        if io.read_line(&mut line).await? == 0 {
            return Err(bad("connection closed before a response"));
        }
        let status: u16 = line
            .get(9..12)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| bad("bad status line"))?;
        let (mut len, mut chunked, mut keep) = (None, false, true);
        loop {
            line.clear();
            if io.read_line(&mut line).await? == 0 {
                return Err(bad("connection closed in the headers"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            let (k, v) = l.split_once(':').unwrap_or((l, ""));
            let (k, v) = (k.to_ascii_lowercase(), v.trim().to_ascii_lowercase());
            match k.as_str() {
                "content-length" => len = v.parse::<usize>().ok(),
                "transfer-encoding" => chunked = v.contains("chunked"),
                "connection" => keep = v != "close",
                _ => {}
            }
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                line.clear();
                io.read_line(&mut line).await?;
                let n = usize::from_str_radix(line.trim(), 16).map_err(|_| bad("bad chunk"))?;
                let mut chunk = vec![0; n + 2];
                io.read_exact(&mut chunk).await?;
                if n == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..n]);
            }
        } else if let Some(n) = len {
            body.resize(n, 0);
            io.read_exact(&mut body).await?;
        } else {
            io.read_to_end(&mut body).await?;
            keep = false;
        }
        Ok((status, body, keep))
    }
}

#[derive(Default)]
struct Rec {
    lat: Vec<(&'static str, Duration)>,
    statuses: std::collections::BTreeMap<u16, usize>,
    io_errors: usize,
}

impl Rec {
    fn merge(&mut self, o: Rec) {
        self.lat.extend(o.lat);
        for (k, v) in o.statuses {
            *self.statuses.entry(k).or_default() += v;
        }
        self.io_errors += o.io_errors;
    }
    fn errors(&self) -> usize {
        self.io_errors
            + self
                .statuses
                .iter()
                .filter(|(s, _)| !(200..300).contains(*s) && **s != 404)
                .map(|(_, n)| n)
                .sum::<usize>()
    }
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i].as_secs_f64() * 1000.0
}

fn summary(name: &str, rec: &Rec, secs: f64) -> Value {
    let mut all: Vec<Duration> = rec.lat.iter().map(|x| x.1).collect();
    let n = all.len();
    let mut per = serde_json::Map::new();
    for ep in ["search", "events", "article", "stats"] {
        let mut v: Vec<Duration> = rec.lat.iter().filter(|x| x.0 == ep).map(|x| x.1).collect();
        if !v.is_empty() {
            per.insert(
                ep.into(),
                json!({"requests": v.len(), "p50_ms": pct(&mut v, 0.5), "p99_ms": pct(&mut v, 0.99)}),
            );
        }
    }
    json!({
        "phase": name,
        "requests": n,
        "seconds": secs,
        "requests_per_s": n as f64 / secs.max(1e-9),
        "p50_ms": pct(&mut all, 0.5),
        "p90_ms": pct(&mut all, 0.9),
        "p99_ms": pct(&mut all, 0.99),
        "max_ms": pct(&mut all, 1.0),
        "statuses": rec.statuses.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
        "io_errors": rec.io_errors,
        "errors": rec.errors(),
        "by_endpoint": per,
    })
}

/// `workers` keep-alive clients sending the mix until `count` requests are
/// done or `deadline` passes.
async fn run_load(
    addr: SocketAddr,
    s: Arc<Sample>,
    workers: usize,
    count: usize,
    deadline: Instant,
    seed: u64,
) -> (Rec, f64) {
    let next = Arc::new(AtomicUsize::new(0));
    let t0 = Instant::now();
    let mut hs = Vec::new();
    for w in 0..workers {
        let (s, next) = (s.clone(), next.clone());
        hs.push(tokio::spawn(async move {
            let mut rng = Rng(seed ^ ((w as u64 + 1) * 0x9E37_79B9_7F4A_7C15));
            let mut conn = Conn::new(addr);
            let mut rec = Rec::default();
            let mut cursor: Option<String> = None;
            while next.fetch_add(1, Ordering::Relaxed) < count && Instant::now() < deadline {
                let (ep, mut path) = target(&mut rng, &s);
                if ep == "events"
                    && let Some(c) = cursor.take()
                {
                    path = format!("/api/v1/events?limit=50&cursor={c}");
                }
                let t = Instant::now();
                match conn.get(&path).await {
                    Ok((st, body)) => {
                        rec.lat.push((ep, t.elapsed()));
                        *rec.statuses.entry(st).or_default() += 1;
                        if ep == "events" && st == 200 && rng.next().is_multiple_of(5) {
                            cursor = serde_json::from_slice::<Value>(&body)
                                .ok()
                                .and_then(|v| v["next"].as_str().map(str::to_string));
                        }
                    }
                    Err(_) => rec.io_errors += 1,
                }
            }
            rec
        }));
    }
    let mut rec = Rec::default();
    for h in hs {
        rec.merge(h.await.unwrap());
    }
    (rec, t0.elapsed().as_secs_f64())
}

/// Hostile requests sent while the load runs: (what, expected status, raw request).
fn hostile() -> Vec<(&'static str, u16, Vec<u8>)> {
    let long_uri = format!(
        "GET /api/v1/search?q={} HTTP/1.1\r\nHost: x\r\n\r\n",
        "a".repeat(5000)
    );
    let body = format!(
        "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{}",
        "b".repeat(100_000)
    );
    let header = format!(
        "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "c".repeat(100_000)
    );
    let inject =
        "GET /api/v1/events?actor=%27%20OR%201%3D1%20--&limit=5 HTTP/1.1\r\nHost: x\r\n\r\n";
    let traversal = "GET /assets/..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n";
    vec![
        ("uri_5000_bytes", 414, long_uri.into_bytes()),
        ("body_100000_bytes", 413, body.into_bytes()),
        ("header_100000_bytes", 431, header.into_bytes()),
        (
            "post_is_refused",
            405,
            b"POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".to_vec(),
        ),
        ("sql_injection_is_inert", 200, inject.as_bytes().to_vec()),
        ("path_traversal", 404, traversal.as_bytes().to_vec()),
    ]
}

async fn run_hostile(addr: SocketAddr, rounds: usize) -> Value {
    let mut out = serde_json::Map::new();
    for (name, want, raw) in hostile() {
        let (mut ok, mut other) = (0usize, std::collections::BTreeMap::<String, usize>::new());
        for _ in 0..rounds {
            let mut c = Conn::new(addr);
            match c.send(&raw).await {
                Ok((s, _)) if s == want => ok += 1,
                Ok((s, _)) => *other.entry(s.to_string()).or_default() += 1,
                Err(e) => *other.entry(format!("io: {e}")).or_default() += 1,
            }
        }
        out.insert(
            name.into(),
            json!({"expected": want, "as_expected": ok, "other": other}),
        );
    }
    Value::Object(out)
}

/// A slow client: request line, then one header byte every 100 ms, until the
/// server closes the connection. Returns the time until the close, or None
/// when the deadline came first.
async fn slow_client(addr: SocketAddr, deadline: Instant) -> Option<Duration> {
    let t0 = Instant::now();
    let s = TcpStream::connect(addr).await.ok()?;
    let (mut r, mut w) = s.into_split();
    let dribble = tokio::spawn(async move {
        if w.write_all(b"GET /api/v1/stats HTTP/1.1\r\nX-Slow: ")
            .await
            .is_err()
        {
            return;
        }
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if w.write_all(b"a").await.is_err() {
                return;
            }
        }
    });
    let mut buf = [0u8; 512];
    let closed = tokio::time::timeout_at(deadline.into(), async {
        loop {
            match r.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok();
    dribble.abort();
    closed.then(|| t0.elapsed())
}

fn start_server(
    rt: &tokio::runtime::Runtime,
    cfg: Config,
) -> (SocketAddr, Arc<AppState>, tokio::sync::oneshot::Sender<()>) {
    let state = AppState::new(cfg).expect("open the database");
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind 127.0.0.1");
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    rt.spawn(serve_on(listener, state.clone(), async {
        let _ = rx.await;
    }));
    (addr, state, tx)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn stats_json(s: ServerStats) -> Value {
    json!({"peak_running_queries": s.peak_running, "queries": s.queries, "request_timeouts": s.timeouts,
           "connections": s.conns_total, "connections_failed": s.conns_failed, "connections_open": s.conns_open})
}

fn main() {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let sample = match sample(&o.db) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("loadgen: {}: {e}", o.db.display());
            std::process::exit(2);
        }
    };
    let deadline = Instant::now() + Duration::from_secs(o.max_seconds);
    let load_before = loadavg();
    // Server and clients on separate runtimes, 2 threads each (the machine
    // has 2 cores: clients and server compete for them).
    let srv_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let cli_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut cfg = Config::new(&o.db);
    cfg.header_read_timeout = Duration::from_millis(o.header_timeout_ms);
    let (addr, state, stop) = start_server(&srv_rt, cfg.clone());
    let mut report = serde_json::Map::new();
    report.insert("db".into(), json!(o.db.display().to_string()));
    report.insert(
        "sample".into(),
        json!({"articles": sample.articles.len(), "actors": sample.actors.len()}),
    );
    report.insert(
        "server".into(),
        json!({"max_concurrency": cfg.max_concurrency, "request_timeout_ms": cfg.request_timeout.as_millis() as u64,
               "query_time_limit_ms": cfg.query_time_limit.as_millis() as u64,
               "header_read_timeout_ms": o.header_timeout_ms, "max_connections": cfg.max_connections,
               "max_uri": cfg.max_uri, "max_body": cfg.max_body}),
    );

    // warm-up (page cache, prepared statements): not measured
    cli_rt.block_on(run_load(addr, sample.clone(), 4, 200, deadline, 7));

    // 1. throughput
    eprintln!(
        "loadgen: phase 1: {} requests, {} clients",
        o.requests, o.concurrency
    );
    let (rec, secs) = cli_rt.block_on(run_load(
        addr,
        sample.clone(),
        o.concurrency,
        o.requests,
        deadline,
        1,
    ));
    let s1 = summary("throughput", &rec, secs);
    report.insert("throughput".into(), s1);

    // 2. hostile requests while a load runs
    eprintln!("loadgen: phase 2: limits under load");
    let (rec2, hostile) = cli_rt.block_on(async {
        let bg = tokio::spawn(run_load(
            addr,
            sample.clone(),
            o.concurrency,
            o.requests / 4,
            deadline,
            2,
        ));
        let h = run_hostile(addr, 20).await;
        let (rec, secs) = bg.await.unwrap();
        ((rec, secs), h)
    });
    report.insert(
        "limits_under_load".into(),
        json!({"hostile": hostile, "background": summary("background", &rec2.0, rec2.1)}),
    );
    let st = state.stats();
    report.insert("server_after_load".into(), stats_json(st));

    // 3. request timeout: 1 query at a time, 200 ms per request, 64 clients
    eprintln!("loadgen: phase 3: request timeout under a flood");
    let mut tcfg = Config::new(&o.db);
    tcfg.max_concurrency = 1;
    tcfg.request_timeout = Duration::from_millis(200);
    let (taddr, tstate, tstop) = start_server(&srv_rt, tcfg);
    let (rec3, secs3) = cli_rt.block_on(run_load(
        taddr,
        sample.clone(),
        64,
        2000.min(o.requests),
        deadline,
        3,
    ));
    let _ = tstop.send(());
    report.insert(
        "request_timeout".into(),
        json!({"load": summary("flood", &rec3, secs3), "server": stats_json(tstate.stats())}),
    );

    // 4. slowloris
    eprintln!("loadgen: phase 4: {} slow clients with normal load", o.slow);
    let failed_before = state.stats().conns_failed;
    let (times, rec4) = cli_rt.block_on(async {
        let slow_deadline = Instant::now() + Duration::from_millis(o.header_timeout_ms * 5 + 5000);
        let slow: Vec<_> = (0..o.slow)
            .map(|_| tokio::spawn(slow_client(addr, slow_deadline.min(deadline))))
            .collect();
        tokio::time::sleep(Duration::from_millis(200)).await;
        let normal = run_load(addr, sample.clone(), 8, o.requests / 4, deadline, 4).await;
        let mut times = Vec::new();
        for h in slow {
            times.push(h.await.unwrap());
        }
        (times, normal)
    });
    let mut closed: Vec<Duration> = times.iter().flatten().copied().collect();
    let open = times.len() - closed.len();
    report.insert(
        "slowloris".into(),
        json!({
            "slow_clients": o.slow,
            "cut_off": closed.len(),
            "still_open_at_deadline": open,
            "time_to_cut_ms": {"min": pct(&mut closed, 0.0), "p50": pct(&mut closed, 0.5), "max": pct(&mut closed, 1.0)},
            "failed_connections_counted": state.stats().conns_failed - failed_before,
            "normal_load_meanwhile": summary("during_slowloris", &rec4.0, rec4.1),
        }),
    );
    let _ = stop.send(());
    report.insert("server_final".into(), stats_json(state.stats()));
    report.insert("loadavg_before".into(), json!(load_before));
    report.insert("loadavg_after".into(), json!(loadavg()));
    report.insert("hit_time_cap".into(), json!(Instant::now() >= deadline));
    let report = Value::Object(report);
    if o.json {
        println!("{report}");
    } else {
        print_table(&report);
    }
}

fn print_table(r: &Value) {
    let line = |name: &str, v: &Value| {
        println!(
            "{name:<22} {:>7} req {:>8.1} req/s  p50 {:>7.2} ms  p90 {:>7.2} ms  p99 {:>7.2} ms  max {:>8.2} ms  errors {}  statuses {}",
            v["requests"],
            v["requests_per_s"].as_f64().unwrap_or(0.0),
            v["p50_ms"].as_f64().unwrap_or(0.0),
            v["p90_ms"].as_f64().unwrap_or(0.0),
            v["p99_ms"].as_f64().unwrap_or(0.0),
            v["max_ms"].as_f64().unwrap_or(0.0),
            v["errors"],
            v["statuses"]
        );
    };
    println!(
        "db {} ({} articles with events sampled), load average before {} after {}",
        r["db"], r["sample"]["articles"], r["loadavg_before"], r["loadavg_after"]
    );
    println!("server limits: {}", r["server"]);
    line("throughput", &r["throughput"]);
    for (ep, v) in r["throughput"]["by_endpoint"]
        .as_object()
        .into_iter()
        .flatten()
    {
        println!(
            "  {ep:<20} {:>7} req  p50 {:>7.2} ms  p99 {:>7.2} ms",
            v["requests"],
            v["p50_ms"].as_f64().unwrap_or(0.0),
            v["p99_ms"].as_f64().unwrap_or(0.0)
        );
    }
    line(
        "background (phase 2)",
        &r["limits_under_load"]["background"],
    );
    for (k, v) in r["limits_under_load"]["hostile"]
        .as_object()
        .into_iter()
        .flatten()
    {
        println!(
            "  {k:<24} expected {} : {}/20 as expected, other {}",
            v["expected"], v["as_expected"], v["other"]
        );
    }
    println!("server after load: {}", r["server_after_load"]);
    line("timeout flood", &r["request_timeout"]["load"]);
    println!("  timeout server: {}", r["request_timeout"]["server"]);
    let s = &r["slowloris"];
    println!(
        "slowloris: {} slow clients, {} cut off, {} still open at the deadline, time to cut {}, failed connections counted {}",
        s["slow_clients"],
        s["cut_off"],
        s["still_open_at_deadline"],
        s["time_to_cut_ms"],
        s["failed_connections_counted"]
    );
    line("  normal meanwhile", &s["normal_load_meanwhile"]);
    println!(
        "server final: {}  hit time cap: {}",
        r["server_final"], r["hit_time_cap"]
    );
}

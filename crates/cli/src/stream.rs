//! Streaming analysis in input order, shared by `chronicle analyze` and
//! `chronicle ingest`.
//!
//! Three kinds of thread: a reader numbers the records and hands articles to
//! the analysis threads; each analysis thread takes the next article as soon
//! as it is free and runs the caller's `work` on it (analyse, then render or
//! hash); the calling thread hands the results to the caller's `consume` in
//! input order, holding back any that arrive early. No analysis thread waits
//! for another to finish a batch, or for the consumer (writing stdout, or
//! inserting into SQLite). A window of records read but not yet consumed
//! bounds memory whatever the corpus size.

use chronicle_doc::Article;
use chronicle_ingest::IngestError;
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::mpsc::{channel, sync_channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// What the consumer receives for one input record.
pub enum Outcome<T> {
    /// An analysed article: its text length and what `work` made of it.
    Done { len: usize, value: T },
    /// A record the reader could not turn into an article.
    Skipped(IngestError),
    /// An article whose analysis panicked (a bug): reported with its id and
    /// skipped, so the other articles are still consumed in order and the run
    /// does not wait for a result that never comes.
    Panicked {
        len: usize,
        id: String,
        message: String,
    },
}

/// How many threads and how much read-ahead.
pub struct Limits {
    /// Analysis threads (at least one).
    pub workers: usize,
    /// Records read but not yet consumed, at most.
    pub items: usize,
    /// Text bytes of those records, at most (a larger record is still admitted
    /// alone).
    pub bytes: usize,
}

/// Runs `work` on every article of `reader` on `limits.workers` threads and
/// `consume` on every outcome in input order (with the record's position,
/// from 0) on the calling thread. `consume` may stop the run with
/// `ControlFlow::Break(code)`: the result is then `Some(code)`; `None` when
/// every record was consumed.
pub fn in_order<I, T, W, C>(
    reader: I,
    limits: Limits,
    work: W,
    mut consume: C,
) -> anyhow::Result<Option<i32>>
where
    I: Iterator<Item = Result<Article, IngestError>> + Send,
    T: Send,
    W: Fn(Article) -> T + Sync,
    C: FnMut(u64, Outcome<T>) -> anyhow::Result<ControlFlow<i32>>,
{
    let workers = limits.workers.max(1);
    let window = Window::new(limits.items, limits.bytes);
    let (work_tx, work_rx) = sync_channel::<(u64, Article)>(2 * workers);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<(u64, usize, Outcome<T>)>();
    std::thread::scope(|s| {
        let window = &window;
        let skipped_tx = done_tx.clone();
        s.spawn(move || {
            for (seq, item) in (0u64..).zip(reader) {
                let len = item.as_ref().map_or(0, |a| a.text.len());
                if !window.admit(len) {
                    return;
                }
                let sent = match item {
                    Ok(a) => work_tx.send((seq, a)).is_ok(),
                    Err(e) => skipped_tx.send((seq, 0, Outcome::Skipped(e))).is_ok(),
                };
                if !sent {
                    return;
                }
            }
        });
        for _ in 0..workers {
            let (rx, tx, work) = (Arc::clone(&work_rx), done_tx.clone(), &work);
            s.spawn(move || {
                loop {
                    // the lock is held only while waiting for the next article
                    let next = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((seq, article)) = next else { break };
                    if window.is_closed() {
                        break;
                    }
                    let (len, id) = (article.text.len(), article.meta.id.clone());
                    let outcome =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(article)))
                            .map_or_else(
                                |p| Outcome::Panicked {
                                    len,
                                    id,
                                    message: panic_message(p.as_ref()),
                                },
                                |value| Outcome::Done { len, value },
                            );
                    if tx.send((seq, len, outcome)).is_err() {
                        break;
                    }
                }
            });
        }
        // the analysis threads hold the only receiver of the work channel
        drop(work_rx);
        drop(done_tx);
        let consume_all = || -> anyhow::Result<Option<i32>> {
            let mut early: BTreeMap<u64, (usize, Outcome<T>)> = BTreeMap::new();
            let mut next = 0u64;
            for (seq, len, outcome) in done_rx {
                early.insert(seq, (len, outcome));
                while let Some((len, outcome)) = early.remove(&next) {
                    let flow = consume(next, outcome)?;
                    window.release(len);
                    next += 1;
                    if let ControlFlow::Break(code) = flow {
                        return Ok(Some(code));
                    }
                }
            }
            // every sender is gone: a record still missing means an analysis thread died
            anyhow::ensure!(
                early.is_empty(),
                "an analysis thread stopped before record {next} was analysed"
            );
            Ok(None)
        };
        let result = consume_all();
        // stop the others if the consumer stopped early (--strict, closed
        // pipe, a database error)
        window.close();
        result
    })
}

/// The records read but not yet consumed: the reader waits while there are
/// `max_items` of them or their texts hold `max_bytes`, so memory stays bounded
/// however far a slow article holds the in-order consumer back.
struct Window {
    state: Mutex<WindowState>,
    changed: Condvar,
    max_items: usize,
    max_bytes: usize,
}

struct WindowState {
    items: usize,
    bytes: usize,
    closed: bool,
}

impl Window {
    fn new(max_items: usize, max_bytes: usize) -> Window {
        Window {
            state: Mutex::new(WindowState {
                items: 0,
                bytes: 0,
                closed: false,
            }),
            changed: Condvar::new(),
            max_items: max_items.max(1),
            max_bytes,
        }
    }

    fn lock(&self) -> MutexGuard<'_, WindowState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits for room for a record of `len` text bytes (always admitted when
    /// nothing is in flight); false once the window is closed.
    fn admit(&self, len: usize) -> bool {
        let mut st = self.lock();
        while !st.closed
            && st.items > 0
            && (st.items >= self.max_items || st.bytes + len > self.max_bytes)
        {
            st = self.changed.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        if st.closed {
            return false;
        }
        st.items += 1;
        st.bytes += len;
        true
    }

    /// A record of `len` text bytes was consumed.
    fn release(&self, len: usize) {
        let mut st = self.lock();
        st.items -= 1;
        st.bytes -= len;
        self.changed.notify_all();
    }

    /// Stops the reader and the analysis threads early.
    fn close(&self) {
        self.lock().closed = true;
        self.changed.notify_all();
    }

    fn is_closed(&self) -> bool {
        self.lock().closed
    }
}

/// The text of a panic's payload.
fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// The number of analysis threads for `--threads n` (0 = one per core).
pub fn workers(n: usize) -> usize {
    if n > 0 {
        n
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }
}

//! The streaming [`Reader`] over paths, directories and stdin.

use crate::json::{article_from_json, article_from_json_str};
use crate::scraped::parse_scraped;
use crate::{ErrorKind, Format, IngestError, Options};
use chronicle_doc::Article;
use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input still to open.
enum Input {
    /// A path given by the caller: any readable file, FIFO or device is read.
    Path(PathBuf),
    /// A path found by listing a directory: only regular files and directories
    /// are read (opening a FIFO found in a directory would block forever).
    Listed(PathBuf),
    Stdin,
}

/// A JSONL stream being read line by line.
struct Lines {
    r: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    buf: Vec<u8>,
    /// Non-blank lines seen (records and bad lines): a stream without any is
    /// reported as empty instead of passing silently.
    nonblank: usize,
}

/// Streams articles (or per-record errors) from paths, in order: paths as
/// given, directory entries sorted by name, recursively. Hidden files and
/// directories (names starting with `.`) inside directories are skipped.
pub struct Reader {
    opts: Options,
    queue: VecDeque<Input>,
    lines: Option<Lines>,
    pending: VecDeque<Result<Article, IngestError>>,
    /// Directories already listed (canonical paths): a symlink loop or a second
    /// link to the same directory is reported once instead of read again.
    seen_dirs: HashSet<PathBuf>,
}

/// Reads every article from `paths` into a Vec (errors included, in order).
pub fn read_all<P: AsRef<Path>>(
    paths: impl IntoIterator<Item = P>,
    opts: Options,
) -> Vec<Result<Article, IngestError>> {
    Reader::new(paths, opts).collect()
}

impl Reader {
    /// A reader over paths; `-` means stdin.
    pub fn new<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>, opts: Options) -> Reader {
        let queue = paths
            .into_iter()
            .map(|p| {
                let p = p.as_ref();
                if p == Path::new("-") {
                    Input::Stdin
                } else {
                    Input::Path(p.to_path_buf())
                }
            })
            .collect();
        Reader {
            opts,
            queue,
            lines: None,
            pending: VecDeque::new(),
            seen_dirs: HashSet::new(),
        }
    }

    /// A reader over any byte stream (format sniffed like stdin); `name` is
    /// used in origins and errors.
    pub fn from_stream(r: impl Read + Send + 'static, name: &str, opts: Options) -> Reader {
        let mut me = Reader {
            opts,
            queue: VecDeque::new(),
            lines: None,
            pending: VecDeque::new(),
            seen_dirs: HashSet::new(),
        };
        me.open_stream(
            Box::new(BufReader::with_capacity(1 << 16, r)),
            name.to_string(),
        );
        me
    }

    fn open(&mut self, input: Input) {
        let (p, listed) = match input {
            Input::Stdin => {
                let r = BufReader::with_capacity(1 << 16, io::stdin());
                return self.open_stream(Box::new(r), "-".to_string());
            }
            Input::Path(p) => (p, false),
            Input::Listed(p) => (p, true),
        };
        let meta = match std::fs::metadata(&p) {
            Ok(m) => m,
            Err(e) => return self.fail(&p, ErrorKind::Io, format!("cannot open: {e}")),
        };
        if listed && !meta.is_dir() && !meta.is_file() {
            return self.fail(
                &p,
                ErrorKind::Io,
                "not a regular file (FIFO, socket or device), skipped".into(),
            );
        }
        if meta.is_dir() {
            self.expand_dir(&p);
        } else {
            self.open_file(&p, meta.len());
        }
    }

    fn fail(&mut self, p: &Path, kind: ErrorKind, msg: String) {
        self.pending
            .push_back(Err(IngestError::new(p.display().to_string(), kind, msg)));
    }

    fn expand_dir(&mut self, dir: &Path) {
        if let Ok(canon) = std::fs::canonicalize(dir)
            && !self.seen_dirs.insert(canon)
        {
            return self.fail(
                dir,
                ErrorKind::Io,
                "directory already read (symlink loop or second link), skipped".into(),
            );
        }
        let rd = match std::fs::read_dir(dir) {
            Ok(r) => r,
            Err(e) => return self.fail(dir, ErrorKind::Io, format!("cannot list directory: {e}")),
        };
        let mut entries: Vec<PathBuf> = Vec::new();
        for e in rd {
            match e {
                Ok(e) => {
                    let name = e.file_name();
                    if name.to_string_lossy().starts_with('.') {
                        continue;
                    }
                    entries.push(e.path());
                }
                Err(e) => {
                    return self.fail(dir, ErrorKind::Io, format!("cannot list directory: {e}"));
                }
            }
        }
        entries.sort();
        for p in entries.into_iter().rev() {
            self.queue.push_front(Input::Listed(p));
        }
    }

    fn open_file(&mut self, p: &Path, len: u64) {
        let name = p.display().to_string();
        let format = self.opts.format.unwrap_or_else(|| Format::from_path(p));
        let file = match File::open(p) {
            Ok(f) => f,
            Err(e) => return self.fail(p, ErrorKind::Io, format!("cannot open: {e}")),
        };
        match format {
            Format::Jsonl => {
                self.lines = Some(Lines::new(
                    Box::new(BufReader::with_capacity(1 << 16, file)),
                    name,
                ));
            }
            Format::JsonlZst => match zstd::stream::read::Decoder::new(file) {
                Ok(d) => {
                    self.lines = Some(Lines::new(
                        Box::new(BufReader::with_capacity(1 << 16, d)),
                        name,
                    ))
                }
                Err(e) => self.fail(p, ErrorKind::Decompress, format!("not a zstd stream: {e}")),
            },
            Format::Json => {
                if len as usize > self.opts.max_json_file_bytes {
                    return self.fail(
                        p,
                        ErrorKind::TooLarge,
                        format!(
                            "JSON file is {len} bytes, over the limit of {}",
                            self.opts.max_json_file_bytes
                        ),
                    );
                }
                match read_text(file, &name, self.opts.max_json_file_bytes) {
                    Ok(text) => self.parse_json_document(&text, &name),
                    Err(e) => self.pending.push_back(Err(e)),
                }
            }
            Format::Text => {
                if len as usize > self.opts.max_article_bytes {
                    return self.fail(
                        p,
                        ErrorKind::TooLarge,
                        format!(
                            "article is {len} bytes, over the limit of {}",
                            self.opts.max_article_bytes
                        ),
                    );
                }
                let r = read_text(file, &name, self.opts.max_article_bytes).and_then(|text| {
                    parse_scraped(text, &name).ok_or_else(|| {
                        IngestError::new(
                            &name,
                            ErrorKind::Empty,
                            "empty article: no title and no body",
                        )
                    })
                });
                self.pending.push_back(r);
            }
        }
    }

    /// Sniffs a stream: `{` → JSONL, `[` → JSON array, else one scraped article.
    fn open_stream(&mut self, mut r: Box<dyn BufRead + Send>, name: String) {
        let first = loop {
            match r.fill_buf() {
                Ok([]) => break None,
                Ok(buf) => {
                    let skip = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
                    if skip < buf.len() {
                        break Some(buf[skip]);
                    }
                    let n = buf.len();
                    r.consume(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.pending.push_back(Err(IngestError::new(
                        &name,
                        ErrorKind::Io,
                        format!("cannot read: {e}"),
                    )));
                    return;
                }
            }
        };
        match first {
            None => self.pending.push_back(Err(IngestError::new(
                &name,
                ErrorKind::Empty,
                "empty input",
            ))),
            Some(b'{') => self.lines = Some(Lines::new(r, name)),
            Some(b'[') => match read_text(r, &name, self.opts.max_json_file_bytes) {
                Ok(t) => self.parse_json_document(&t, &name),
                Err(e) => self.pending.push_back(Err(e)),
            },
            Some(_) => {
                let res = read_text(r, &name, self.opts.max_article_bytes).and_then(|t| {
                    parse_scraped(t, &name).ok_or_else(|| {
                        IngestError::new(
                            &name,
                            ErrorKind::Empty,
                            "empty article: no title and no body",
                        )
                    })
                });
                self.pending.push_back(res);
            }
        }
    }

    fn parse_json_document(&mut self, text: &str, name: &str) {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Array(items)) => {
                if items.is_empty() {
                    self.pending.push_back(Err(IngestError::new(
                        name,
                        ErrorKind::Empty,
                        "empty JSON array",
                    )));
                }
                for (i, v) in items.into_iter().enumerate() {
                    let origin = format!("{name}[{i}]");
                    self.pending.push_back(article_from_json(
                        v,
                        &origin,
                        self.opts.max_article_bytes,
                    ));
                }
            }
            Ok(v) => {
                self.pending
                    .push_back(article_from_json(v, name, self.opts.max_article_bytes))
            }
            Err(e) if e.is_syntax() && e.to_string().contains("trailing characters") => {
                // JSONL content in a .json file: read it line by line
                self.lines = Some(Lines::new(
                    Box::new(io::Cursor::new(text.as_bytes().to_vec())),
                    name.to_string(),
                ));
            }
            Err(e) => self.pending.push_back(Err(IngestError::new(
                format!("{name}:{}", e.line()),
                ErrorKind::MalformedJson,
                format!("invalid JSON: {e}"),
            ))),
        }
    }
}

/// Reads a whole stream as UTF-8 text, bounded.
fn read_text(r: impl Read, name: &str, limit: usize) -> Result<String, IngestError> {
    let mut bytes = Vec::new();
    let n = r
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::new(name, ErrorKind::Io, format!("cannot read: {e}")))?;
    if n > limit {
        return Err(IngestError::new(
            name,
            ErrorKind::TooLarge,
            format!("input is over the limit of {limit} bytes"),
        ));
    }
    check_text(bytes, name)
}

/// NUL bytes → binary; else UTF-8 validation with the line of the first bad byte.
fn check_text(bytes: Vec<u8>, name: &str) -> Result<String, IngestError> {
    if memchr::memchr(0, &bytes[..bytes.len().min(1 << 16)]).is_some() {
        return Err(IngestError::new(
            name,
            ErrorKind::Binary,
            "binary file (NUL bytes), not text",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count();
        IngestError::new(
            format!("{name}:{line}"),
            ErrorKind::InvalidUtf8,
            format!("invalid UTF-8 at byte {at}"),
        )
    })
}

impl Lines {
    fn new(r: Box<dyn BufRead + Send>, name: String) -> Lines {
        Lines {
            r,
            name,
            line: 0,
            buf: Vec::new(),
            nonblank: 0,
        }
    }

    /// Next record: `None` at the end of the stream.
    fn next_record(&mut self, opts: &Options) -> Option<Result<Article, IngestError>> {
        loop {
            // Fast path: the whole line is already in the reader's buffer; parse it in place.
            if let Ok(avail) = self.r.fill_buf()
                && let Some(i) = memchr::memchr(b'\n', avail)
                && i <= opts.max_article_bytes
            {
                self.line += 1;
                let origin = format!("{}:{}", self.name, self.line);
                let res = parse_line(&avail[..i], origin, opts);
                self.r.consume(i + 1);
                match res {
                    Some(r) => {
                        self.nonblank += 1;
                        return Some(r);
                    }
                    None => continue,
                }
            }
            self.buf.clear();
            let over = match read_line_bounded(&mut *self.r, &mut self.buf, opts.max_article_bytes)
            {
                Ok(None) if self.nonblank == 0 => {
                    self.nonblank = 1; // report once
                    return Some(Err(IngestError::new(
                        &self.name,
                        ErrorKind::Empty,
                        "no records: the stream holds only blank lines",
                    )));
                }
                Ok(None) => return None,
                Ok(Some(over)) => over,
                Err(e) => {
                    self.line += 1;
                    let kind = if self.name.ends_with(".zst") {
                        ErrorKind::Decompress
                    } else {
                        ErrorKind::Io
                    };
                    let msg = if kind == ErrorKind::Decompress {
                        format!("compressed stream is truncated or corrupt: {e}")
                    } else {
                        format!("cannot read: {e}")
                    };
                    // stop this stream: a broken stream cannot be resynchronised
                    self.buf.clear();
                    return Some(Err(IngestError::new(
                        format!("{}:{}", self.name, self.line),
                        kind,
                        msg,
                    )));
                }
            };
            self.line += 1;
            let origin = format!("{}:{}", self.name, self.line);
            if over.is_some() || !trim_ascii(&self.buf).is_empty() {
                self.nonblank += 1;
            }
            if let Some(len) = over {
                return Some(Err(IngestError::new(
                    origin,
                    ErrorKind::TooLarge,
                    format!(
                        "record is {len} bytes, over the limit of {}",
                        opts.max_article_bytes
                    ),
                )));
            }
            match parse_line(&self.buf, origin, opts) {
                Some(r) => return Some(r),
                None => continue,
            }
        }
    }
}

/// Parses one JSONL line; `None` for a blank line.
fn parse_line(raw: &[u8], origin: String, opts: &Options) -> Option<Result<Article, IngestError>> {
    let line = trim_ascii(raw);
    if line.is_empty() {
        return None;
    }
    if memchr::memchr(0, line).is_some() {
        return Some(Err(IngestError::new(
            origin,
            ErrorKind::Binary,
            "NUL bytes in the line: not text",
        )));
    }
    let line = match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(e) => {
            return Some(Err(IngestError::new(
                origin,
                ErrorKind::InvalidUtf8,
                format!("invalid UTF-8 at column {}", e.valid_up_to() + 1),
            )));
        }
    };
    Some(article_from_json_str(line, &origin, opts.max_article_bytes))
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    b.trim_ascii()
}

/// Reads one line into `buf` (without the newline). `Ok(None)` at EOF;
/// `Ok(Some(Some(len)))` when the line is longer than `limit` (it is consumed
/// but not kept); `Ok(Some(None))` for a line.
fn read_line_bounded(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<Option<usize>>> {
    let mut total = 0usize;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if any {
                Some((total > limit).then_some(total))
            } else {
                None
            });
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        total += chunk.len();
        if total <= limit {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        let used = done.unwrap_or(avail.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some((total > limit).then_some(total)));
        }
    }
}

impl Iterator for Reader {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(x) = self.pending.pop_front() {
                return Some(x);
            }
            if let Some(lines) = &mut self.lines {
                match lines.next_record(&self.opts) {
                    Some(Err(e)) if matches!(e.kind, ErrorKind::Decompress | ErrorKind::Io) => {
                        self.lines = None;
                        return Some(Err(e));
                    }
                    Some(x) => return Some(x),
                    None => self.lines = None,
                }
                continue;
            }
            let input = self.queue.pop_front()?;
            self.open(input);
        }
    }
}

//! End-to-end tests of the `chronicle` binary on the bundled samples and on
//! inputs written here. No test reads ../shared.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronicle"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    bin().current_dir(repo()).args(args).output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn pretty_view_of_the_samples() {
    let o = run(&["analyze", "samples/", "--format", "pretty"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("══ samples/putin-nato.txt ══"));
    assert!(out.contains("source: site-34"));
    assert!(out.contains("kicker: Hard talk"));
    assert!(out.contains("title:  Putin asks NATO to stop moving east"));
    assert!(out.contains("about · 115,000 · Russian · soldiers"));
    assert!(out.contains("wire-0002"));
    assert!(text(&o.stderr).contains("skipped 0"));
}

#[test]
fn jsonl_docs_are_valid_and_in_input_order() {
    let o = run(&["analyze", "samples/", "--threads", "2", "--batch", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let docs: Vec<chronicle_doc::Doc> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "samples/grain-ships.txt",
            "samples/putin-nato.txt",
            "samples/tbilisi-protest.txt",
            "wire-0001",
            "wire-0002",
            "wire-0003"
        ]
    );
    for d in &docs {
        assert_eq!(d.schema_version, chronicle_doc::SCHEMA_VERSION);
        d.check_spans().unwrap();
        assert!(!d.sentences().is_empty());
        // tokens never leave the analysis regions: the trailer is not analysed
        assert!(d.tokens().iter().all(|t| d.slice(t.span) != "site-34"));
    }
    let putin = &docs[1];
    let file = std::fs::read_to_string(repo().join("samples/putin-nato.txt")).unwrap();
    assert_eq!(putin.text, file, "the text is the file, byte for byte");
    assert_eq!(putin.meta.date, None);
    assert_eq!(docs[4].meta.date.as_deref(), Some("2022-03-03"));
}

#[test]
fn skipped_records_are_reported_and_set_the_exit_code() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("feed.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"ok\",\"body\":\"Fine.\"}\n{\"id\":\n{\"id\":\"x\",\"title\":\"No body\"}\n",
    )
    .unwrap();
    let ps = p.to_str().unwrap();
    let o = run(&["analyze", ps]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("skipped: {ps}:2: invalid JSON")),
        "{err}"
    );
    assert!(err.contains(&format!("skipped: {ps}:3: no body")), "{err}");
    assert!(
        err.contains("analysed 1 article")
            && err.contains("skipped 2 (malformed_json 1, missing_field 1)"),
        "{err}"
    );
    assert_eq!(text(&o.stdout).lines().count(), 1);

    let o = run(&["analyze", ps, "--strict"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--strict"));
}

#[test]
fn parallel_output_is_the_sequential_output_with_bad_records_between() {
    // articles of very different lengths, so that the analysis threads finish
    // them out of order, and two bad records among them
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("mixed.jsonl");
    let mut feed = String::new();
    for i in 0..12 {
        if i == 3 {
            feed.push_str("{\"id\":\n");
        }
        if i == 8 {
            feed.push_str("{\"id\":\"nobody\",\"title\":\"No body\"}\n");
        }
        let body = "The minister said the talks in Geneva would go on. ".repeat(1 + (i * 7) % 12);
        feed.push_str(&format!("{{\"id\":\"a{i}\",\"body\":\"{body}\"}}\n"));
    }
    std::fs::write(&p, &feed).unwrap();
    let ps = p.to_str().unwrap();
    let one = run(&["analyze", ps, "--threads", "1"]);
    assert_eq!(one.status.code(), Some(1), "{}", text(&one.stderr));
    let ids: Vec<String> = text(&one.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<chronicle_doc::Doc>(l)
                .unwrap()
                .meta
                .id
        })
        .collect();
    let want: Vec<String> = (0..12).map(|i| format!("a{i}")).collect();
    assert_eq!(ids, want);
    for batch in ["1", "2", "256"] {
        let par = run(&["analyze", ps, "--threads", "2", "--batch", batch]);
        assert_eq!(par.status.code(), Some(1), "{}", text(&par.stderr));
        assert_eq!(par.stdout, one.stdout, "--threads 2 --batch {batch}");
        let err = text(&par.stderr);
        assert!(
            err.contains(&format!("skipped: {ps}:4: invalid JSON")),
            "{err}"
        );
        assert!(err.contains(&format!("skipped: {ps}:10: no body")), "{err}");
        assert!(err.contains("analysed 12 articles"), "{err}");
    }
    // --strict stops at the first bad record, after writing every article before it
    let strict = run(&["analyze", ps, "--threads", "2", "--batch", "4", "--strict"]);
    assert_eq!(strict.status.code(), Some(2), "{}", text(&strict.stderr));
    let first3: String = text(&one.stdout)
        .lines()
        .take(3)
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(text(&strict.stdout), first3);
}

#[test]
fn stdin_and_usage_errors() {
    let mut child = bin()
        .args(["analyze", "-", "--format", "pretty"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"Talks stall\nDelegates left Geneva early. Nothing was agreed.\n.\nsource site-2\n",
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("title:  Talks stall"));

    let o = run(&["analyze"]);
    assert_eq!(o.status.code(), Some(2), "missing paths is a usage error");
    let o = run(&[
        "analyze",
        "samples/",
        "--lexicon",
        "/nonexistent/lexicon.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("cannot read lexicon"));
}

const GOLD: &str = "# newdoc id = t1\n# newpar\n# text = Mr. Ivanov won't go.\n\
1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n\
2\tIvanov\tIvanov\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n\
3-4\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\two\twill\tAUX\tMD\t_\t5\taux\t_\t_\n\
4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n\
5\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n\
# text = He stays.\n\
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tstays\tstay\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

#[test]
fn eval_segment_table_and_json() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("gold.conllu");
    std::fs::write(&p, GOLD).unwrap();
    let o = run(&["eval", "segment", "--gold", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("sentences"));
    let o = run(&["eval", "segment", "--gold", p.to_str().unwrap(), "--json"]);
    let v: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert_eq!(v["eval"], "segment");
    assert_eq!(v["sentences"]["gold"], 2);
    assert_eq!(v["sentences"]["f1"], 1.0);
    assert_eq!(v["tokens"]["gold"], 9);
    assert_eq!(v["tokens"]["correct"], 9);
}

#[test]
fn bench_segment_reports_json() {
    let o = run(&[
        "bench",
        "segment",
        "--input",
        "samples/wire.jsonl",
        "--limit",
        "2",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert_eq!(v["articles"], 2);
    assert!(v["sentences"].as_u64().unwrap() >= 4);
    assert!(v["bytes"].as_u64().unwrap() > 0);
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    // the read end is closed before the command writes anything: its first
    // write meets a broken pipe
    for args in [&["dict", "stats"][..], &["actor", "Russian soldiers"][..]] {
        let mut child = bin()
            .current_dir(repo())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let err = text(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert!(
                o.status.success() || o.status.signal() == Some(libc_sigpipe()),
                "{args:?}: {:?}",
                o.status
            );
        }
    }
}

/// SIGPIPE's number on Linux and the BSDs.
#[cfg(unix)]
fn libc_sigpipe() -> i32 {
    13
}

/// Two short sentences of our own for training a tiny parser.
const TREES: &str = "# text = Farmers sold the grain.\n\
1\tFarmers\tfarmer\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
2\tsold\tsell\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n\
4\tgrain\tgrain\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# text = The mayor opened a new bridge.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
2\tmayor\tmayor\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n\
3\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n\
5\tnew\tnew\tADJ\tJJ\t_\t6\tamod\t_\t_\n\
6\tbridge\tbridge\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

#[test]
fn parser_average_exact_inference_and_decode_width() {
    let d = tempfile::tempdir().unwrap();
    let p = |n: &str| d.path().join(n).to_str().unwrap().to_string();
    std::fs::write(p("t.conllu"), TREES).unwrap();
    for seed in ["1", "2"] {
        let o = run(&[
            "train",
            "parser",
            "--beam",
            "2",
            "--train",
            &p("t.conllu"),
            "--dev",
            &p("t.conllu"),
            "--epochs",
            "3",
            "--seed",
            seed,
            "--rows-log2",
            "10",
            "--out",
            &p(&format!("s{seed}.bin")),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    }
    let o = run(&[
        "train",
        "parser-average",
        "--train",
        &p("s1.bin"),
        &p("s2.bin"),
        "--exact-inference",
        "--beam",
        "3",
        "--out",
        &p("avg.bin"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("averaged 2 parser(s) (beam 3, exact inference true)"));
    let eval = |extra: &[&str]| {
        let g = p("t.conllu");
        let mut args = vec!["eval", "ud", "--gold", g.as_str(), "--json"];
        args.extend_from_slice(extra);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        let v: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
        v["words"].as_u64().unwrap()
    };
    let avg = p("avg.bin");
    let s1 = p("s1.bin");
    assert_eq!(eval(&["--parser", &avg]), 12);
    assert_eq!(
        eval(&["--parser", &s1, "--exact-parser", "--beam", "4"]),
        12
    );
    // a greedy model's width cannot be changed
    let o = run(&["eval", "ud", "--gold", &p("t.conllu"), "--beam", "4"]);
    assert_ne!(o.status.code(), Some(0));
    // models of different kinds are not averaged
    let o = run(&[
        "train",
        "parser-average",
        "--train",
        &p("s1.bin"),
        "data/models/parser.bin",
        "--out",
        &p("bad.bin"),
    ]);
    assert_ne!(o.status.code(), Some(0));
}

#[test]
fn parser_average_of_lean_runs_keeps_the_template_sets() {
    let d = tempfile::tempdir().unwrap();
    let p = |n: &str| d.path().join(n).to_str().unwrap().to_string();
    std::fs::write(p("t.conllu"), TREES).unwrap();
    for seed in ["1", "2"] {
        let o = run(&[
            "train",
            "parser",
            "--train",
            &p("t.conllu"),
            "--dev",
            &p("t.conllu"),
            "--epochs",
            "3",
            "--seed",
            seed,
            "--rows-log2",
            "10",
            "--trans-templates",
            "1,2,4,5,6,10,49",
            "--label-templates",
            "1,4,6",
            "--out",
            &p(&format!("s{seed}.bin")),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    }
    let avg = |extra: &[&str], out: &str| {
        let (s1, s2, o) = (p("s1.bin"), p("s2.bin"), p(out));
        let mut args = vec!["train", "parser-average", "--train", &s1, &s2];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--out", &o]);
        run(&args)
    };
    let o = avg(&[], "avg.bin");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("averaged 2 parser(s) (beam 1, exact inference false)"));
    // the mean is a lean model that loads and parses
    let o = run(&[
        "eval",
        "ud",
        "--gold",
        &p("t.conllu"),
        "--json",
        "--parser",
        &p("avg.bin"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert_eq!(v["words"].as_u64(), Some(12));
    // lean sets are i8-only: an exact-inference mean (a file that would not
    // load) is refused, as is a decode width, and nothing is written
    for (extra, out) in [
        (&["--exact-inference"][..], "x.bin"),
        (&["--beam", "3"][..], "b.bin"),
    ] {
        let o = avg(extra, out);
        assert_ne!(o.status.code(), Some(0), "{extra:?}");
        assert!(!std::path::Path::new(&p(out)).exists(), "{extra:?}");
    }
    // a lean run and a run with the original sets are not averaged
    let o = run(&[
        "train",
        "parser-average",
        "--train",
        &p("s1.bin"),
        "data/models/parser.bin",
        "--out",
        &p("bad.bin"),
    ]);
    assert_ne!(o.status.code(), Some(0));
}

//! `chronicle actor` and `chronicle dict` end to end, on inputs written for these tests.

use std::process::Command;

fn chronicle(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn actor_resolves_by_date_as_json() {
    let (code, out, _) = chronicle(&[
        "actor",
        "the Russian prime minister",
        "--date",
        "2021-12-01",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["actors"][0]["actor_id"], "mishustin_mikhail");
    assert_eq!(v["actors"][0]["code"], "RUSGOV");
    assert!(
        v["actors"][0]["rule"]
            .as_str()
            .unwrap()
            .contains("prime minister")
    );
    let (code, _, err) = chronicle(&["actor", "Putin", "--date", "2021-13-01"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn import_petrarch_reports_malformed_lines_and_writes_a_loadable_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("t.actors.txt");
    std::fs::write(
        &src,
        "JOHN_DOE_ [GBRGOV 990101-0512]\nJANE_ROE_ [GBRGOV 20040101-20061201]\n+DAME_JANE_\n",
    )
    .unwrap();
    let out = dir.path().join("out.actors");
    let (code, stdout, stderr) = chronicle(&[
        "dict",
        "import-petrarch",
        src.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stderr.contains("t.actors.txt:1: date \"0512\" has 4 digits"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["persons"], 1);
    assert_eq!(v["loads"], true);
    // a broken dictionary file gives FILE:LINE: reason
    let bad = dir.path().join("bad.actors");
    std::fs::write(
        &bad,
        "country ZZZ: Zedland\n  role ZZZ GOV 2000-01-01 (president)\n",
    )
    .unwrap();
    let (code, _, stderr) = chronicle(&["dict", "check", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("bad.actors:2:"), "{stderr}");
}

#[test]
fn analyze_takes_actor_dictionaries_and_models_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra.actors");
    // an invented person, to show the extra file is read
    std::fs::write(
        &extra,
        "person vimpel_tarja: Tarja Vimpel | Vimpel\n  gender f\n  role FIN GOV 2020-01-01→ (foreign minister)\n",
    )
    .unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(
        &input,
        "Tarja Vimpel met Russian diplomats in Helsinki on Monday.\n",
    )
    .unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/actors");
    let (code, out, err) = chronicle(&[
        "analyze",
        "-q",
        "--actors",
        data,
        "--actors",
        extra.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let actors = v["actors"].as_array().unwrap();
    assert!(
        actors
            .iter()
            .any(|a| a["actor_id"] == "vimpel_tarja" && a["code"] == "FINGOV"),
        "{actors:?}"
    );
    // without the extra file the name is not a known actor
    let (_, out, _) = chronicle(&["analyze", "-q", input.to_str().unwrap()]);
    assert!(!out.contains("vimpel_tarja"));
    // a bad model file is an error naming the file
    let (code, _, err) = chronicle(&[
        "analyze",
        "-q",
        "--ner-model",
        extra.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("extra.actors"), "{err}");
}

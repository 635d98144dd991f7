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

/// `eval coref --show-errors` reports every case that is not correct on stderr, with the
/// predicted and the gold antecedent, on a two-chain CoNLL-U written for this test.
#[test]
fn eval_coref_lists_the_cases_it_gets_wrong() {
    let dir = std::env::temp_dir().join(format!("chronicle-coref-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.conllu");
    std::fs::write(&gold, GOLD).unwrap();
    let (code, out, err) = chronicle(&[
        "eval",
        "coref",
        "--gold",
        gold.to_str().unwrap(),
        "--json",
        "--show-errors",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["pronouns_with_named_antecedent"], 2, "{out}");
    let correct = v["correct"].as_u64().unwrap();
    let lines: Vec<Vec<&str>> = err
        .lines()
        .filter(|l| l.starts_with("NOLINK") || l.starts_with("WRONG"))
        .map(|l| l.split('\t').collect())
        .collect();
    // one line per case that is not correct, five fields, the gold antecedent named
    assert_eq!(lines.len() as u64, 2 - correct, "{err}");
    for l in &lines {
        assert_eq!(l.len(), 5, "{l:?}");
        assert!(["Maria Kowalczyk", "Tarnow"].contains(&l[3]), "{l:?}");
    }
    // the place pronoun has no link (pronouns are not resolved to places)
    assert!(
        lines
            .iter()
            .any(|l| l[0] == "NOLINK" && l[1] == "It" && l[4] == "It grew fast."),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

const GOLD: &str = "# newdoc id = fixture_coref
# sent_id = s1
# text = Maria Kowalczyk waited at the border.
1	Maria	maria	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-1,2-new-coref
2	Kowalczyk	Kowalczyk	PROPN	NNP	_	1	flat	_	Entity=1)
3	waited	wait	VERB	VBD	_	0	root	_	_
4	at	at	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	border	border	NOUN	NN	_	3	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = s2
# text = She was tired.
1	She	she	PRON	PRP	_	3	nsubj	_	Entity=(1-person-1-giv:act-coref)
2	was	be	AUX	VBD	_	3	cop	_	_
3	tired	tired	ADJ	JJ	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = s3
# text = Tarnow lies east.
1	Tarnow	Tarnow	PROPN	NNP	_	2	nsubj	_	Entity=(2-place-1-new-coref)
2	lies	lie	VERB	VBZ	_	0	root	_	_
3	east	east	ADV	RB	_	2	advmod	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = s4
# text = It grew fast.
1	It	it	PRON	PRP	_	2	nsubj	_	Entity=(2-place-1-giv:act-coref)
2	grew	grow	VERB	VBD	_	0	root	_	_
3	fast	fast	ADV	RB	_	2	advmod	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

";

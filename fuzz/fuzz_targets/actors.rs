//! The actor dictionary loader (`data/actors/*.actors`,
//! `chronicle_entities::Dictionary::parse` via `Entities::from_files`) on
//! arbitrary files, alone and after a small hand-written base file (so
//! country codes and titles resolve and more of the loader runs). Errors name
//! the file and a line inside it; an accepted dictionary annotates a sample
//! text plus the file's own lines (so its names match) into entity and actor
//! layers that pass `Doc::check_spans`.
#![no_main]
use chronicle_entities::{Entities, simple_doc};
use libfuzzer_sys::fuzz_target;

/// A tiny base dictionary written for this target.
const BASE: &str = "\
title president: president | head of state
  sector GOV
title prime_minister: prime minister | premier
  sector GOV
country RUS: Russia | Russian Federation
  adj Russian
  people Russians
  seat Moscow
  leader president 2000-05-07→
country UKR: Ukraine
  adj Ukrainian
  seat Kyiv
igo NATO: NATO | North Atlantic Treaty Organization
person putin_vladimir: Vladimir Putin | Putin
  role RUS GOV 2012-05-07→ (president)
";

const SAMPLE: &str = "Russian President Vladimir Putin told NATO in Moscow that Ukraine's \
premier and the Kyiv government must stop. He said the Russians would act.";

fn check(files: &[(&str, &str)], src: &str) {
    let lines = src.lines().count();
    match Entities::from_files(files) {
        Err(e) => {
            assert!(
                files.iter().any(|(n, _)| *n == e.file),
                "error names an unknown file {:?}",
                e.file
            );
            if e.file == "f.actors" {
                assert!(
                    e.line <= lines.max(1),
                    "error line {} past the {lines} lines of the file: {}",
                    e.line,
                    e.reason
                );
            }
            assert!(!e.reason.is_empty(), "error without a reason");
        }
        Ok(ent) => {
            let mut own: String = src.chars().take(2000).collect();
            own.push_str(". ");
            own.push_str(SAMPLE);
            for text in [SAMPLE, own.as_str()] {
                for date in [Some("2022-02-24"), None, Some("1899-13-45")] {
                    let mut doc = simple_doc(text, date);
                    ent.annotate_in_place(&mut doc);
                    if let Err(e) = doc.check_spans() {
                        panic!("entities produced an invalid layer: {e}");
                    }
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    check(&[("f.actors", &src)], &src);
    check(&[("base.actors", BASE), ("f.actors", &src)], &src);
});

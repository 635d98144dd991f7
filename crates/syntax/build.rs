//! Stores the payloads of the embedded default models uncompressed
//! (`model::Writer::finish_stored`): the shipped files are zstd-compressed
//! (8.1 MB), and decompressing them cost every process about 230M
//! instructions at load; stored, the binary is 3.9 MB larger and loading
//! reads the payloads in place. The files in `data/models/` stay as they are
//! (what training writes, and what `--tagger`/`--parser` read).

use std::path::Path;

/// The kind byte's flag for a stored payload (`model::STORED`).
const STORED: u8 = 0x80;

fn store(src: &Path, out: &Path) {
    let bytes = std::fs::read(src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    assert!(
        bytes.len() >= 17 && &bytes[..6] == b"CHRSYN" && bytes[8] & STORED == 0,
        "{}: not a compressed chronicle syntax model",
        src.display()
    );
    let n = u64::from_le_bytes(bytes[9..17].try_into().unwrap()) as usize;
    let payload = zstd::bulk::decompress(&bytes[17..], n)
        .unwrap_or_else(|e| panic!("{}: zstd: {e}", src.display()));
    assert_eq!(payload.len(), n, "{}: payload length", src.display());
    let mut stored = bytes[..17].to_vec();
    stored[8] |= STORED;
    stored.extend_from_slice(&payload);
    std::fs::write(out, stored).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_EMBEDDED_MODELS").is_none() {
        return;
    }
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let models = Path::new(&manifest).join("../../data/models");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    for (src, name) in [
        ("tagger.bin", "tagger.bin"),
        ("fast/parser.bin", "parser.bin"),
    ] {
        let src = models.join(src);
        println!("cargo::rerun-if-changed={}", src.display());
        store(&src, &out.join(name));
    }
}

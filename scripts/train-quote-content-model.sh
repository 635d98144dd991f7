#!/bin/sh
# Trains the opt-in quote content-end chooser (crates/quotes/src/content_model.rs)
# on PolNeAR TRAIN and writes data/models/quotes-content-polnear.tsv.
# PolNeAR ships no licence file: the model is opt-in only (see data/models/MANIFEST.md).
# Deterministic: the same pipeline gives the same file byte for byte.
#
# usage: scripts/train-quote-content-model.sh [POLNEAR_DATA_DIR] [OUT]
set -eu
POLNEAR=${1:-/work/shared/data/polnear/data}
OUT=${2:-data/models/quotes-content-polnear.tsv}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cargo build --release -p chronicle-cli
cargo build --release -p chronicle-quotes --example train_content_model
# the pipeline output (tokens, tags, parse) the chooser's features read
target/release/chronicle analyze --threads 1 "$POLNEAR/train/text" > "$TMP/train.jsonl"
target/release/examples/train_content_model "$POLNEAR/train" "$TMP/train.jsonl" "$OUT"

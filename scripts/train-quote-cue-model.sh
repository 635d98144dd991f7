#!/bin/sh
# Trains the opt-in learned quote cue detector (crates/quotes/src/cuemodel.rs)
# on PolNeAR TRAIN and writes data/models/quotes-cue-polnear.tsv: weights on four
# fifths of the articles, the global threshold and the per-class thresholds
# (`--by-class`: lexicon verbs the rules turned down, each verb tag, and `JJ`)
# chosen on the held-out fifth; `--adjectives` adds weights of their own (`a|…`,
# trained apart from the verbs') for stance adjectives after a copula
# (`is critical of`). PolNeAR ships no licence file: the model is opt-in only
# (see data/models/MANIFEST.md). Deterministic: the same pipeline output gives
# the same file byte for byte.
#
# usage: scripts/train-quote-cue-model.sh [POLNEAR_DATA_DIR] [OUT]
set -eu
POLNEAR=${1:-/work/shared/data/polnear/data}
OUT=${2:-data/models/quotes-cue-polnear.tsv}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cargo build --release -p chronicle-cli
cargo build --release -p chronicle-quotes --example train_cue_model
# the pipeline output (tokens, tags, parse, entities) the model's features read
target/release/chronicle analyze --threads 1 "$POLNEAR/train/text" > "$TMP/train.jsonl"
target/release/examples/train_cue_model "$POLNEAR/train" "$TMP/train.jsonl" "$OUT" --by-class --adjectives

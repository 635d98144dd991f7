#!/bin/sh
# Reproduces the opt-in lean greedy parser data/models/fast/parser.bin
# (docs/syntax.md "A leaner parser"; data/models/MANIFEST.md).
# usage: scripts/train-syntax-lean.sh UD_DIR [OUT_DIR]
# Same data and settings as the default parser of scripts/train-syntax.sh
# (EWT train, EWT dev for the epoch, the default tagger for dev tags,
# 4-fold jackknifed training tags, 12 epochs), but label- and
# transition-feature sets 2: only the templates listed below (ids of
# `features` in crates/syntax/src/parser.rs): 79 of the 109 transition
# templates (of the 96 not cached per buffer front, the 30 whose
# inference-time ablation cost the default parser the least LAS on GUM
# train dropped) and 40 of the 62 relation templates (the 22 whose ablation
# from the relation model alone cost the least dropped);
# crates/syntax/examples/ablate_templates.rs. GUM train is held-out text for
# this EWT parser and is no evaluation split (ablation on EWT train, which
# the parser has memorized, kept word pairs and lost 0.3 LAS more).
# TRANS / LABELS (comma-separated ids) override the template lists, EPOCHS
# the number of epochs (12). SEEDS (default "1 2 3", docs/syntax.md "Lean
# parser round 2") trains one run per seed (each with its own shuffles and
# jackknife folds; the runs go to a temporary directory) and writes their
# weight-by-weight mean (`train parser-average`) as OUT/parser.bin; one seed
# (SEEDS=1: the previous single-run file, h12-lean) is written there directly.
# ROWS / LROWS (log2 of the transition / label table rows; unset = the
# defaults 21 / 18 of `chronicle train parser`) train smaller hashed tables
# (docs/syntax.md "Lean parser round 3"), e.g.
# ROWS=20 LROWS=17 scripts/train-syntax-lean.sh UD /tmp/small.
set -eu
UD=${1:?UD dir}; OUT=${2:-data/models/fast}
BIN=${BIN:-target/release/chronicle}
TAGGER=${TAGGER:-data/models/tagger.bin}
EPOCHS=${EPOCHS:-12}
TRANS=${TRANS:-1,2,3,4,5,6,7,8,12,15,16,17,20,22,23,24,25,26,27,28,29,30,31,33,34,35,37,38,39,40,41,42,45,46,48,49,50,51,52,53,57,59,60,61,62,63,64,65,68,69,70,72,73,76,77,79,80,82,83,84,85,86,88,89,90,91,92,93,95,96,98,99,101,102,103,104,105,106,107}
LABELS=${LABELS:-1,3,4,5,7,8,12,15,16,17,20,22,23,24,25,27,28,29,30,31,33,34,35,37,38,39,40,41,42,45,46,48,84,86,89,90,91,92,93,95}
SEEDS=${SEEDS:-1 2 3}
SIZES=
[ -n "${ROWS:-}" ] && SIZES="--rows-log2 $ROWS"
[ -n "${LROWS:-}" ] && SIZES="$SIZES --label-rows-log2 $LROWS"
mkdir -p "$OUT"
# shellcheck disable=SC2086 # $SIZES: zero to four arguments
train() { # SEED OUT_FILE
  nice "$BIN" train parser --train "$UD/en_ewt-train.conllu" --dev "$UD/en_ewt-dev.conllu" --tagger "$TAGGER" \
    --jackknife 4 --jackknife-epochs 6 --out "$2" --epochs "$EPOCHS" --seed "$1" \
    --trans-templates "$TRANS" --label-templates "$LABELS" $SIZES
}
set -- $SEEDS
if [ $# -eq 1 ]; then
  train "$1" "$OUT/parser.bin"
else
  RUNS=$(mktemp -d)
  trap 'rm -rf "$RUNS"' EXIT
  FILES=
  for s in $SEEDS; do
    train "$s" "$RUNS/seed$s.bin"
    FILES="$FILES $RUNS/seed$s.bin"
  done
  # shellcheck disable=SC2086 # one argument per run file
  "$BIN" train parser-average --train $FILES --out "$OUT/parser.bin"
fi

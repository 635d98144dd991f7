#!/bin/sh
# Reproduces the opt-in beam parsers (see data/models/MANIFEST.md).
# usage: scripts/train-syntax-beam.sh UD_DIR ewt|ewt+gum
# Each beam parser is trained on the tags of the pair's own tagger (the same
# jackknifing as the greedy parser), so the taggers must exist already
# (scripts/train-syntax.sh). The model file stores the beam width and the
# relation-feature set: loading it with `--parser FILE` (or
# Syntax::from_bytes) is all it takes to use it.
# ewt+gum lists the GUM training sentences twice per epoch (--weight 1 2:
# the GUM test set is in-domain for GUM) and uses relation-feature set 1.
# Opt-in experiments (docs/syntax.md "Accuracy round 2" and "round 3"):
# GREEDY=N starts the beam from N greedy epochs (--greedy-init), TRANSX=1 adds
# transition-feature set 1 (--trans-features, stored in the file); WEIGHT,
# EPOCHS, K, OUT and BIN override the defaults. SEEDS="1 2" trains one run per
# seed ($OUT/seed-S.bin) and averages their weights into $OUT/parser.bin
# (`train parser-average`); EXACT=1 marks the result to score with its exact
# i16 weights and DECODE_K=K to decode with beam width K (both stored in the
# file). With none of SEEDS/EXACT/DECODE_K set the run writes $OUT/parser.bin
# directly, as before. MIX_K=W also trains every seed at training beam width W
# and averages the two widths' means (the shipped EWT+GUM file: SEEDS="1 2"
# TRANSX=1 EXACT=1 DECODE_K=6 MIX_K=6). EWTDEV=1 (ewt+gum only) adds en_ewt-dev.conllu to the
# training list with weight 1 ("Accuracy round 4"; EWT test stays held out, and
# the jackknife folds tag EWT dev like the other training sentences).
set -eu
UD=${1:?UD dir}; SET=${2:-ewt}
BIN=${BIN:-target/release/chronicle}
K=${K:-4}
case "$SET" in
  ewt) TRAIN="$UD/en_ewt-train.conllu"; DEV="$UD/en_ewt-dev.conllu"; WEIGHT=${WEIGHT:-1}; LABELX=${LABELX:-0}
       TAGGER=data/models/tagger.bin; OUT=${OUT:-data/models/beam}; EPOCHS=${EPOCHS:-16} ;;
  ewt+gum) TRAIN="$UD/en_ewt-train.conllu $UD/en_gum-train.conllu"; DEV="$UD/en_gum-dev.conllu"
       WEIGHT=${WEIGHT:-1 2}; LABELX=${LABELX:-1}
       # EWTDEV=1: EWT dev joins the training list (weight 1); the selection set is GUM dev
       if [ -n "${EWTDEV:-}" ]; then TRAIN="$TRAIN $UD/en_ewt-dev.conllu"; WEIGHT="$WEIGHT 1"; fi
       TAGGER=data/models/ewt-gum/tagger.bin; OUT=${OUT:-data/models/ewt-gum-beam}; EPOCHS=${EPOCHS:-5} ;;
  *) echo "unknown set $SET" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
train() { # seed, output file[, training beam width]
  # shellcheck disable=SC2086 # TRAIN and WEIGHT are lists
  nice "$BIN" train parser --beam "${3:-$K}" --train $TRAIN --weight $WEIGHT --label-features "$LABELX" ${GREEDY:+--greedy-init $GREEDY} ${TRANSX:+--trans-features $TRANSX} --dev "$DEV" \
    --tagger "$TAGGER" --jackknife 4 --jackknife-epochs 6 --out "$2" --epochs "$EPOCHS" --seed "$1"
}
if [ -z "${SEEDS:-}${EXACT:-}${DECODE_K:-}" ]; then
  train 1 "$OUT/parser.bin"
  exit 0
fi
group() { # training beam width, output file: the seeds' runs at that width, averaged
  RUNS=""
  for S in ${SEEDS:-1}; do
    train "$S" "$OUT/seed-$S-k$1.bin" "$1"
    RUNS="$RUNS $OUT/seed-$S-k$1.bin"
  done
  # shellcheck disable=SC2086 # RUNS is a list
  "$BIN" train parser-average --train $RUNS ${EXACT:+--exact-inference} ${DECODE_K:+--beam $DECODE_K} --out "$2"
  rm -f $RUNS
}
if [ -z "${MIX_K:-}" ]; then
  group "$K" "$OUT/parser.bin"
  exit 0
fi
# MIX_K=W: the seeds also run at training beam width W, and the two groups'
# means are averaged in turn (the mean of both widths' runs; "Accuracy round 5")
group "$K" "$OUT/k$K.bin"
group "$MIX_K" "$OUT/k$MIX_K.bin"
"$BIN" train parser-average --train "$OUT/k$K.bin" "$OUT/k$MIX_K.bin" ${EXACT:+--exact-inference} ${DECODE_K:+--beam $DECODE_K} --out "$OUT/parser.bin"
rm -f "$OUT/k$K.bin" "$OUT/k$MIX_K.bin"

#!/bin/sh
# Reproduces the shipped syntax models (see data/models/MANIFEST.md).
# usage: scripts/train-syntax.sh UD_DIR OUT_DIR ewt|ewt+gum [CORPUS.jsonl.zst]
# The word clusters (data/models/clusters.bin, shared by both pairs) are
# rebuilt from CORPUS when it is given, otherwise the existing file is used.
set -eu
UD=${1:?UD dir}; OUT=${2:?out dir}; SET=${3:-ewt}; CORPUS=${4:-}
BIN=${BIN:-target/release/chronicle}
CLUSTERS=${CLUSTERS:-data/models/clusters.bin}
# TAGDICT: the tagger's tag-dictionary thresholds. The EWT tagger uses a
# larger dictionary (forms seen >= 5 times with >= 98 % one class: tagged
# without scoring, for speed; see docs/syntax.md "Speed"). The parser's
# jackknife folds keep the default thresholds (20, 0.995): the EWT parser was
# trained on those folds' tags, and retraining it on the new ones lost
# 0.2-0.4 UAS/LAS on the test sets (MANIFEST.md).
case "$SET" in
  ewt) TRAIN="$UD/en_ewt-train.conllu"; DEV="$UD/en_ewt-dev.conllu"
       TAGDICT="--tagdict-min 5 --tagdict-share 0.98" ;;
  ewt+gum) TRAIN="$UD/en_ewt-train.conllu $UD/en_gum-train.conllu"; DEV="$UD/en_gum-dev.conllu"
       TAGDICT="--tagdict-min 20 --tagdict-share 0.995" ;;
  *) echo "unknown set $SET" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
if [ -n "$CORPUS" ]; then
  nice "$BIN" train clusters --train "$CORPUS" --out "$CLUSTERS" --fine 512 --coarse 64 --vocab 60000
fi
nice "$BIN" train tagger --train $TRAIN --dev "$DEV" --clusters "$CLUSTERS" --out "$OUT/tagger.bin" --epochs 10 --seed 1 $TAGDICT
nice "$BIN" train parser --train $TRAIN --dev "$DEV" --tagger "$OUT/tagger.bin" --jackknife 4 --jackknife-epochs 6 \
  --out "$OUT/parser.bin" --epochs 12 --seed 1

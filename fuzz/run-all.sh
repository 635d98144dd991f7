#!/bin/sh
# Runs every fuzz target for a bounded time on the prebuilt binaries
# (build first: RUSTC_BOOTSTRAP=1 cargo fuzz build -O). Usage: ./run-all.sh [seconds] [targets...]
# New inputs go to work/<target> (not committed); seeds come from corpus/<target>.
set -u
secs=${1:-60}; shift 2>/dev/null || true
targets=${*:-"scraped stream jsonl zstd segment pipeline doc_json lexicon event_patterns actors cues api_query"}
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p work logs artifacts
for t in $targets; do
  mkdir -p work/$t artifacts/$t
  nice -n 10 $bin/$t work/$t corpus/$t -max_total_time=$secs -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=artifacts/$t/ > logs/$t.log 2>&1
  echo "$t: exit $? $(grep -E '^stat::number_of_executed_units' logs/$t.log)"
done

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS
# (default 600), one after the other, starting from the seeds captured from the sandbox
# and the documents' example replies.
# Prints one line per target: runs, executions per second, coverage, and the verdict.
#   bash tests/fuzz/run.sh [SECONDS] [BUILD_DIR] [PROVIDERS...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
build="${2:-$root/../build-fuzz}"
shift $(( $# > 2 ? 2 : $# )) || true
# Every provider with a fuzz_<provider>.cpp unless named.
if (($#)); then
    providers=("$@")
else
    providers=()
    for f in "$here"/fuzz_*.cpp; do n="$(basename "$f" .cpp)"; providers+=("${n#fuzz_}"); done
fi
command -v clang++ >/dev/null || { echo "fuzzing needs clang (apt-get install clang)"; exit 2; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTD_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" --target "${providers[@]/#/fuzz_}"
work="$(mktemp -d)"
status=0
for p in "${providers[@]}"; do
    mkdir -p "$work/$p/corpus" "$work/$p/crashes"
    cp "$here/seeds/$p/"* "$work/$p/corpus/"
    # The documents' own example replies start the corpus too.
    cp "$root/tests/fixtures/docs/$p/"*.json "$work/$p/corpus/" 2>/dev/null || true
    set +e
    (cd "$work/$p/crashes" && "$build/tests/fuzz/fuzz_$p" -max_total_time="$seconds" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$here/json.dict" "$work/$p/corpus") > "$work/$p/log" 2>&1
    rc=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$p/log" | grep -o '[0-9]*$')
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/$p/log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$work/$p/log" | tail -1)
    corpus=$(ls "$work/$p/corpus" | wc -l)
    verdict=$([ $rc -eq 0 ] && echo "no crash" || echo "FAILED (exit $rc, log $work/$p/log)")
    echo "fuzz_$p: ${seconds}s, ${runs:-?} runs, ${speed:-?}/s, ${cov:-cov: ?}, corpus $corpus: $verdict"
    [ $rc -eq 0 ] || status=1
done
exit $status

#!/usr/bin/env bash
#
# Cabinet write benchmark.
#
# Durable writes per second of a small record (one secondary index), each INSERT committed in its
# own transaction, with 1 and with BENCH_WRITERS concurrent writers (each on its own connection),
# in BENCH_ROUNDS rounds where the cases take turns (medians printed):
#   - embedded Derby 10.14.2.0: plain, field-encrypted, field-encrypted + whole-database encryption
#   - PostgreSQL (the test server of .ci/postgres): plain, field-encrypted
# Field encryption is Cabinet's own cipher (org.cabinet.persistence). Prints writes/s per case and
# the cost of encryption as ratios plain/encrypted.
#
# Usage:   bench/writes.sh [--seconds=1.25] [--warmup=0.25] [--rounds=5] [--writers=8]   (see bench/README.md)
# Env:     BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_ROUNDS, BENCH_WRITERS, CABINET_TEST_POSTGRES,
#          BENCH_SKIP_BUILD, BENCH_KEEP_WORK
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
# shellcheck source=lib/java-benchmark.sh
source "${SCRIPT_DIR}/lib/java-benchmark.sh"

run_java_benchmark org.cabinet.bench.WriteBenchmark write-bench \
    --seconds="${BENCH_SECONDS:-1.25}" --warmup="${BENCH_WARMUP_SECONDS:-0.25}" --rounds="${BENCH_ROUNDS:-5}" \
    --writers="${BENCH_WRITERS:-8}" "$@"

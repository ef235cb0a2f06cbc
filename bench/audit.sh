#!/usr/bin/env bash
#
# Cabinet audit benchmark.
#
# Audit events appended durably per second through Cabinet's own audit writer
# (org.cabinet.audit: callers queue their events, one writer thread chains and commits them in
# batches), with 1 and with BENCH_CALLERS concurrent callers, and how long a caller waits for its
# event to be committed (p50/p95/p99), with the events each commit carried, in BENCH_ROUNDS rounds
# where the cases take turns (medians printed):
#   - embedded Derby 10.14.2.0, encrypted as Cabinet encrypts it (AES, 256-bit key)
#   - PostgreSQL (the test server of .ci/postgres), skipped when its settings file is missing
# The audit tables are made by the audit bundle's own Liquibase changelog. After the rounds, every
# event is archived as the retention archives it (signed segments outside the database) and the
# verifier walks the segments: how fast both go, and how many bytes an event takes in the archive.
#
# Usage:   bench/audit.sh [--seconds=2] [--warmup=0.5] [--rounds=5] [--callers=16]   (see bench/README.md)
# Env:     BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_ROUNDS, BENCH_CALLERS, CABINET_TEST_POSTGRES,
#          BENCH_SKIP_BUILD, BENCH_KEEP_WORK
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
# shellcheck source=lib/java-benchmark.sh
source "${SCRIPT_DIR}/lib/java-benchmark.sh"

run_java_benchmark org.cabinet.bench.AuditBenchmark audit-bench \
    --seconds="${BENCH_SECONDS:-2}" --warmup="${BENCH_WARMUP_SECONDS:-0.5}" --rounds="${BENCH_ROUNDS:-5}" \
    --callers="${BENCH_CALLERS:-16}" "$@"

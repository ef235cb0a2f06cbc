#!/usr/bin/env bash
#
# Cabinet clinical-core benchmark.
#
# The built distribution, unpacked twice under a work folder and started with made-up patients
# (etc/org.cabinet.records.demo.cfg): a GP opens charts (identity + record + last 50 encounters) of
# the patients of their care team, then a secretary searches patients by name prefix, each with
# BENCH_CLIENTS concurrent clients over HTTP, in BENCH_ROUNDS rounds where the cases take turns:
#   - auditing on (the distribution as shipped: every chart and search audited, fields encrypted)
#   - auditing off (a second installation on a copy of the first one's database, with a bench-only
#     bundle whose audit log records nothing, ranked above Cabinet's)
# It prints p50/p95/p99 latency, throughput and errors of each, and what auditing adds.
# Both installations raise distinct.patients.per.hour in etc/org.cabinet.audit.rules.cfg, or the
# GP's account would be frozen after 100 charts.
#
# Usage:   bench/clinical.sh [--patients=100000] [--encounters=10] [--clients=16] [--seconds=20]
#                            [--warmup=5] [--rounds=3] [--working-set=1500] [--seed=1]   (see bench/README.md)
# Env:     BENCH_PATIENTS, BENCH_ENCOUNTERS, BENCH_CLIENTS, BENCH_SECONDS, BENCH_WARMUP_SECONDS,
#          BENCH_ROUNDS, BENCH_WORKING_SET, CABINET_TGZ, BENCH_SKIP_BUILD, BENCH_KEEP_WORK
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
BENCH_MODULE=bench/clinical
# shellcheck source=lib/java-benchmark.sh
source "${SCRIPT_DIR}/lib/java-benchmark.sh"

# the archive is found by the benchmark once the build has made it: here only its folder is known
run_java_benchmark org.cabinet.bench.clinical.ClinicalBenchmark clinical-bench \
    --distribution="${CABINET_TGZ:-${REPO_ROOT}/karaf-assembly/target}" \
    --no-audit-bundle="${MODULE_DIR}/target/bundles/org.cabinet.bench.noaudit.jar" \
    --patients="${BENCH_PATIENTS:-100000}" --encounters="${BENCH_ENCOUNTERS:-10}" --clients="${BENCH_CLIENTS:-16}" \
    --seconds="${BENCH_SECONDS:-20}" --warmup="${BENCH_WARMUP_SECONDS:-5}" --rounds="${BENCH_ROUNDS:-3}" \
    --working-set="${BENCH_WORKING_SET:-1500}" "$@"

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
REPO_ROOT=$(cd "${SCRIPT_DIR}/.." && pwd)
readonly SCRIPT_DIR REPO_ROOT

SECONDS_PER_WINDOW=${BENCH_SECONDS:-1.25}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-0.25}
ROUNDS=${BENCH_ROUNDS:-5}
WRITERS=${BENCH_WRITERS:-8}
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
KEEP_WORK=${BENCH_KEEP_WORK:-0}
WORK=""

log() { printf '%s\n' "$*" >&2; }

die() {
    log "ERROR: $*"
    exit 1
}

cleanup() {
    if [[ -n ${WORK} && -d ${WORK} ]]; then
        if [[ ${KEEP_WORK} == 1 ]]; then
            log "Work folder kept: ${WORK}"
        else
            rm -rf -- "${WORK}"
        fi
    fi
}

# Builds the bench module and what it needs (the API and persistence bundles), offline when the
# local Maven repository already holds everything.
build() {
    local args=(-B -q -f "${REPO_ROOT}/pom.xml" -pl bench -am package -DskipTests)
    log "Building bench/ and the modules it uses (mvn -o ${args[*]})"
    if ! mvn -o "${args[@]}" >&2; then
        log "The offline build failed; trying again online"
        mvn "${args[@]}" >&2 || die "the build failed"
    fi
}

main() {
    local classpath
    command -v java >/dev/null || die "'java' is required but not found"
    if [[ ${SKIP_BUILD} != 1 ]]; then
        command -v mvn >/dev/null || die "'mvn' is required to build the benchmark (or set BENCH_SKIP_BUILD=1)"
        build
    fi
    [[ -f ${SCRIPT_DIR}/target/classpath.txt ]] || die "bench/target/classpath.txt is missing: run without BENCH_SKIP_BUILD=1"
    classpath="${SCRIPT_DIR}/target/classes:$(<"${SCRIPT_DIR}/target/classpath.txt")"

    WORK=$(mktemp -d "${SCRIPT_DIR}/target/write-bench.XXXXXX")
    java -cp "${classpath}" org.cabinet.bench.WriteBenchmark \
        --seconds="${SECONDS_PER_WINDOW}" --warmup="${WARMUP_SECONDS}" --rounds="${ROUNDS}" --writers="${WRITERS}" \
        --work="${WORK}" "$@"
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
main "$@"

# shellcheck shell=bash
#
# Sourced by bench/writes.sh, bench/audit.sh and bench/clinical.sh: builds a benchmark module (unless
# BENCH_SKIP_BUILD=1) and runs one of its Java benchmarks on a new work folder under the module's
# target/, removed on exit unless BENCH_KEEP_WORK=1.
#
# Usage (after setting SCRIPT_DIR to bench/; BENCH_MODULE, the module's folder from the repository
# root, defaults to bench):
#   source "${SCRIPT_DIR}/lib/java-benchmark.sh"
#   run_java_benchmark <main class> <work folder prefix> [arguments...]
#

REPO_ROOT=$(cd "${SCRIPT_DIR}/.." && pwd)
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
KEEP_WORK=${BENCH_KEEP_WORK:-0}
MODULE_DIR=${REPO_ROOT}/${BENCH_MODULE:-bench}
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

# Builds the benchmark module and what it needs, offline when the local Maven repository already holds
# everything: for bench/, the API, persistence and audit bundles; for bench/clinical, the whole
# distribution.
build() {
    local module=${MODULE_DIR#"${REPO_ROOT}/"}
    local args=(-B -q -f "${REPO_ROOT}/pom.xml" -pl "${module}" -am package -DskipTests)
    log "Building ${module}/ and the modules it uses (mvn -o ${args[*]})"
    if ! mvn -o "${args[@]}" >&2; then
        log "The offline build failed; trying again online"
        mvn "${args[@]}" >&2 || die "the build failed"
    fi
}

run_java_benchmark() {
    local main_class=$1 work_prefix=$2 classpath
    shift 2
    command -v java >/dev/null || die "'java' is required but not found"
    if [[ ${SKIP_BUILD} != 1 ]]; then
        command -v mvn >/dev/null || die "'mvn' is required to build the benchmark (or set BENCH_SKIP_BUILD=1)"
        build
    fi
    [[ -f ${MODULE_DIR}/target/classpath.txt ]] \
        || die "${MODULE_DIR#"${REPO_ROOT}/"}/target/classpath.txt is missing: run without BENCH_SKIP_BUILD=1"
    classpath="${MODULE_DIR}/target/classes:$(<"${MODULE_DIR}/target/classpath.txt")"

    WORK=$(mktemp -d "${MODULE_DIR}/target/${work_prefix}.XXXXXX")
    java -cp "${classpath}" "${main_class}" --work="${WORK}" "$@"
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

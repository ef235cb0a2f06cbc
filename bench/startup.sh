#!/usr/bin/env bash
#
# Cabinet start-up benchmark.
#
# Measures the time from launching a distribution to its first HTTP answer:
#   - Cabinet:             first HTTP 200 on GET /api/health
#   - stock Karaf 4.4.10:  first HTTP answer of any status on GET / (its 'http' feature answers 404)
# in two scenarios, each the median of BENCH_RUNS runs (default 5):
#   fresh   - a fresh unpack before every launch (first boot: features resolved and installed)
#   restart - unpacked once, first boot not counted, then BENCH_RUNS restarts with the existing data/
# and prints the ratios Cabinet/stock against the goal (<= 1.5).
#
# Usage:   bench/startup.sh            (see bench/README.md)
# Env:     CABINET_TGZ, STOCK_KARAF_TGZ, M2_REPO, BENCH_RUNS, BENCH_BOOT_TIMEOUT,
#          BENCH_STOP_TIMEOUT, BENCH_GOAL, BENCH_KEEP_WORK
#
set -euo pipefail

readonly KARAF_VERSION=4.4.10
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "${SCRIPT_DIR}/.." && pwd)
readonly SCRIPT_DIR REPO_ROOT

RUNS=${BENCH_RUNS:-5}
BOOT_TIMEOUT=${BENCH_BOOT_TIMEOUT:-120}
STOP_TIMEOUT=${BENCH_STOP_TIMEOUT:-60}
GOAL=${BENCH_GOAL:-1.5}
KEEP_WORK=${BENCH_KEEP_WORK:-0}
M2_REPO=${M2_REPO:-${HOME}/.m2/repository}
STOCK_TGZ=${STOCK_KARAF_TGZ:-${M2_REPO}/org/apache/karaf/apache-karaf/${KARAF_VERSION}/apache-karaf-${KARAF_VERSION}.tar.gz}
readonly RUNS BOOT_TIMEOUT STOP_TIMEOUT GOAL KEEP_WORK M2_REPO STOCK_TGZ

# Ports stock Karaf's JMX (RMI registry / RMI server) always binds; they are left at their defaults.
readonly STOCK_FIXED_PORTS=(1099 44444)

WORK=""          # mktemp -d; everything temporary lives below it
RUNNING_PID=""   # the one distribution JVM running at a time (runs are sequential)
RUNNING_DIR=""
CABINET_TGZ_FILE=""
SEED_REPO=""     # artifacts the stock 'http' feature needs, copied into each stock system/ folder

# timing results, seconds with nanosecond fraction
CAB_FRESH=() CAB_RESTART=() STOCK_FRESH=() STOCK_RESTART=()
LOAD_START=""

# ---------------------------------------------------------------------------------------------
# helpers

log() { printf '%s\n' "$*" >&2; }

die() {
    log "ERROR: $*"
    exit 1
}

cleanup() {
    local rc=$?
    if [[ -n ${RUNNING_PID} ]] && kill -0 "${RUNNING_PID}" 2>/dev/null; then
        log "Stopping the distribution still running (pid ${RUNNING_PID})"
        kill -9 "${RUNNING_PID}" 2>/dev/null || true
        wait "${RUNNING_PID}" 2>/dev/null || true
    fi
    RUNNING_PID=""
    if [[ -n ${WORK} && -d ${WORK} ]]; then
        if [[ ${KEEP_WORK} == 1 ]]; then
            log "Work folder kept: ${WORK}"
        else
            rm -rf -- "${WORK}"
        fi
    fi
    exit "${rc}"
}

# Seconds (decimal) elapsed between two `date +%s.%N` stamps.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }

fmt2() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { if (NR % 2) printf "%.6f", v[(NR + 1) / 2]; else printf "%.6f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Exit status 0 when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
    # shellcheck disable=SC2016 # $1 is expanded by the inner bash
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Prints a port on 127.0.0.1 that nothing listens on, below the usual ephemeral range, and not
# one of the ports given as arguments (already chosen for something else).
free_port() {
    local port taken attempt
    for ((attempt = 0; attempt < 200; attempt++)); do
        port=$((20000 + RANDOM % 12000))
        for taken in "$@" "${STOCK_FIXED_PORTS[@]}" 8101 8181; do
            [[ ${port} == "${taken}" ]] && continue 2
        done
        port_in_use "${port}" && continue
        printf '%s' "${port}"
        return 0
    done
    die "no free TCP port found on 127.0.0.1"
}

# Stock Karaf always binds the JMX RMI ports: wait (briefly) until nobody holds them.
require_stock_fixed_ports_free() {
    local port i
    for port in "${STOCK_FIXED_PORTS[@]}"; do
        for ((i = 0; i < 100; i++)); do
            port_in_use "${port}" || continue 2
            sleep 0.1
        done
        die "port ${port} on 127.0.0.1 is in use by another process; stock Karaf needs it for JMX (RMI). Stop that process and run again."
    done
}

# unpack TGZ DEST_PARENT -> prints the single top folder it contains
unpack() {
    local tgz=$1 parent=$2
    local tops=()
    mkdir -p "${parent}"
    tar -xzf "${tgz}" -C "${parent}"
    shopt -s nullglob
    tops=("${parent}"/*/)
    shopt -u nullglob
    [[ ${#tops[@]} -eq 1 ]] || die "${tgz} did not unpack to exactly one folder"
    printf '%s' "${tops[0]%/}"
}

# set_property FILE KEY VALUE: replaces the 'KEY = ...' line (any spacing), or appends it.
set_property() {
    local file=$1 key=$2 value=$3
    local key_re=${key//./\\.}
    if grep -Eq "^[[:space:]]*${key_re}[[:space:]]*=" "${file}"; then
        sed -E -i "s|^[[:space:]]*${key_re}[[:space:]]*=.*|${key} = ${value}|" "${file}"
    else
        printf '\n%s = %s\n' "${key}" "${value}" >>"${file}"
    fi
    grep -Eq "^${key_re} = ${value}\$" "${file}" || die "could not set ${key} in ${file}"
}

# ---------------------------------------------------------------------------------------------
# configuring the distributions

cabinet_set_port() {
    local dir=$1 port=$2
    local cfg=${dir}/etc/org.ops4j.pax.web.cfg
    grep -Eq '^org\.osgi\.service\.http\.port[[:space:]]*=' "${cfg}" ||
        die "${cfg} has no org.osgi.service.http.port line"
    set_property "${cfg}" org.osgi.service.http.port "${port}"
}

# One-time edits of a freshly unpacked stock Karaf: add 'http' to the boot features, keep SSH
# and HTTP on 127.0.0.1 (as Cabinet does), and seed system/ with what the 'http' feature needs.
stock_prepare() {
    local dir=$1
    local features=${dir}/etc/org.apache.karaf.features.cfg
    # featuresBoot is one logical line continued with trailing backslashes: append ", http"
    # to its last physical line.
    awk '
        /^featuresBoot[[:space:]]*=/ { inboot = 1 }
        {
            if (inboot && $0 !~ /\\[[:space:]]*$/) { sub(/[[:space:]]*$/, ", http"); inboot = 0 }
            print
        }' "${features}" >"${features}.new"
    mv "${features}.new" "${features}"
    awk '/^featuresBoot[[:space:]]*=/ { b = 1 } b { print } b && !/\\[[:space:]]*$/ { exit }' "${features}" |
        grep -Eq '(=|,)[[:space:]]*http[[:space:]]*$' || die "could not add http to featuresBoot in ${features}"
    set_property "${dir}/etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
    if [[ -n ${SEED_REPO} ]]; then
        cp -R "${SEED_REPO}/." "${dir}/system/"
    fi
}

# The 'http' feature writes etc/org.ops4j.pax.web.cfg from its feature configuration only when the
# file does not exist yet, so writing it before the first start sets the port.
stock_set_ports() {
    local dir=$1 http_port=$2 ssh_port=$3
    printf '%s\n' \
        "# written by bench/startup.sh" \
        "org.osgi.service.http.port = ${http_port}" \
        "org.ops4j.pax.web.listening.addresses = 127.0.0.1" >"${dir}/etc/org.ops4j.pax.web.cfg"
    set_property "${dir}/etc/org.apache.karaf.shell.cfg" sshPort "${ssh_port}"
}

# ---------------------------------------------------------------------------------------------
# starting, timing, stopping

# launch DIR LOG: starts the distribution in the background; sets RUNNING_PID.
launch() {
    local dir=$1 console_log=$2
    local home
    home=$(mktemp -d "${WORK}/home.XXXXXX")
    (
        cd "${dir}"
        export KARAF_EXEC=exec HOME="${home}"
        exec setsid bin/karaf server
    ) </dev/null >"${console_log}" 2>&1 &
    RUNNING_PID=$!
    RUNNING_DIR=${dir}
}

show_logs() {
    local console_log=$1
    log "---- last lines of ${console_log}:"
    tail -n 20 "${console_log}" >&2 || true
    if [[ -f ${RUNNING_DIR}/data/log/karaf.log ]]; then
        log "---- last lines of ${RUNNING_DIR}/data/log/karaf.log:"
        tail -n 30 "${RUNNING_DIR}/data/log/karaf.log" >&2 || true
    fi
}

# boot_and_time DIR URL WANT(200|any) LOG TIMEOUT: launches DIR, polls URL every 0.1 s until the
# wanted answer; sets BOOT_SECONDS and BOOT_CODE. The JVM is left running (see stop_running).
BOOT_SECONDS="" BOOT_CODE=""
boot_and_time() {
    local dir=$1 url=$2 want=$3 console_log=$4 timeout_s=$5
    local t0 now code deadline
    t0=$(date +%s.%N)
    launch "${dir}" "${console_log}"
    deadline=$((${t0%.*} + timeout_s))
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "${url}" || true)
        now=$(date +%s.%N)
        if [[ ${code} =~ ^[1-9][0-9][0-9]$ ]] && [[ ${want} == any || ${code} == "${want}" ]]; then
            BOOT_SECONDS=$(elapsed "${t0}" "${now}")
            BOOT_CODE=${code}
            return 0
        fi
        if ! kill -0 "${RUNNING_PID}" 2>/dev/null; then
            show_logs "${console_log}"
            die "the distribution in ${dir} exited before answering on ${url}"
        fi
        if ((${now%.*} >= deadline)); then
            show_logs "${console_log}"
            die "no wanted answer (${want}) on ${url} within ${timeout_s} s (last HTTP code: ${code})"
        fi
        sleep 0.1
    done
}

stop_running() {
    local i
    [[ -n ${RUNNING_PID} ]] || return 0
    (
        cd "${RUNNING_DIR}"
        HOME=$(mktemp -d "${WORK}/home.XXXXXX") bin/stop
    ) </dev/null >/dev/null 2>&1 || true
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
        kill -0 "${RUNNING_PID}" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "${RUNNING_PID}" 2>/dev/null; then
        log "  (did not stop within ${STOP_TIMEOUT} s: killing pid ${RUNNING_PID})"
        kill -9 "${RUNNING_PID}" 2>/dev/null || true
    fi
    wait "${RUNNING_PID}" 2>/dev/null || true
    RUNNING_PID=""
}

# ---------------------------------------------------------------------------------------------
# the scenarios

# Prints the HTTP port configured in a Cabinet instance. A freshly unpacked one (shipped port 8181)
# gets a free port; an instance that has it already keeps it across restarts unless it is taken.
ensure_cabinet_port() {
    local dir=$1 port
    port=$(sed -nE 's/^org\.osgi\.service\.http\.port[[:space:]]*=[[:space:]]*([0-9]+).*/\1/p' \
        "${dir}/etc/org.ops4j.pax.web.cfg")
    if [[ -z ${port} || ${port} == 8181 ]] || port_in_use "${port}"; then
        port=$(free_port)
        cabinet_set_port "${dir}" "${port}"
    fi
    printf '%s' "${port}"
}

ensure_stock_ports() {
    local dir=$1 http_port ssh_port
    http_port=$(sed -nE 's/^org\.osgi\.service\.http\.port[[:space:]]*=[[:space:]]*([0-9]+).*/\1/p' \
        "${dir}/etc/org.ops4j.pax.web.cfg" 2>/dev/null || true)
    ssh_port=$(sed -nE 's/^sshPort[[:space:]]*=[[:space:]]*([0-9]+).*/\1/p' "${dir}/etc/org.apache.karaf.shell.cfg")
    if [[ -z ${http_port} || ${http_port} == 8181 || ${ssh_port} == 8101 ]] ||
        port_in_use "${http_port}" || port_in_use "${ssh_port}"; then
        http_port=$(free_port)
        ssh_port=$(free_port "${http_port}")
        stock_set_ports "${dir}" "${http_port}" "${ssh_port}"
    fi
    require_stock_fixed_ports_free
    printf '%s' "${http_port}"
}

# cabinet_boot DIR LABEL: one timed boot + stop; sets BOOT_SECONDS.
cabinet_boot() {
    local dir=$1 label=$2 port
    port=$(ensure_cabinet_port "${dir}")
    boot_and_time "${dir}" "http://127.0.0.1:${port}/api/health" 200 \
        "${WORK}/logs/${label}.log" "${BOOT_TIMEOUT}"
    stop_running
    log "  ${label}: $(fmt2 "${BOOT_SECONDS}") s (HTTP ${BOOT_CODE}, port ${port})"
}

stock_boot() {
    local dir=$1 label=$2 timeout_s=${3:-${BOOT_TIMEOUT}} port
    port=$(ensure_stock_ports "${dir}")
    boot_and_time "${dir}" "http://127.0.0.1:${port}/" any \
        "${WORK}/logs/${label}.log" "${timeout_s}"
    local cfg_port
    cfg_port=$(sed -nE 's/^org\.osgi\.service\.http\.port[[:space:]]*=[[:space:]]*([0-9]+).*/\1/p' \
        "${dir}/etc/org.ops4j.pax.web.cfg")
    [[ ${cfg_port} == "${port}" ]] || die "stock Karaf rewrote etc/org.ops4j.pax.web.cfg (port ${cfg_port}, expected ${port})"
    stop_running
    log "  ${label}: $(fmt2 "${BOOT_SECONDS}") s (HTTP ${BOOT_CODE}, port ${port})"
}

# Stock Karaf ships the 'http' feature's description but not its bundles (pax-web, Jetty), which
# it would download on its first boot. One untimed preparation boot, with a private local Maven
# repository, collects them; they are then copied into system/ of every stock instance, so that
# no timed run downloads anything (as Cabinet, which ships everything in system/).
prepare_stock_seed() {
    local dir mvncfg repos
    log "Preparing stock Karaf ${KARAF_VERSION}: collecting the 'http' feature's artifacts (untimed boot)"
    dir=$(unpack "${STOCK_TGZ}" "${WORK}/stock-prep")
    stock_prepare "${dir}"
    mvncfg=${dir}/etc/org.ops4j.pax.url.mvn.cfg
    repos="https://repo1.maven.org/maven2@id=central"
    if [[ -d ${M2_REPO} ]]; then
        repos="file:${M2_REPO}@id=user.local, ${repos}"
    fi
    printf '\n%s\n%s\n' \
        "org.ops4j.pax.url.mvn.localRepository = ${WORK}/stock-download" \
        "org.ops4j.pax.url.mvn.repositories = ${repos}" >>"${mvncfg}"
    stock_boot "${dir}" "stock-preparation" $((BOOT_TIMEOUT + 300))
    SEED_REPO=${WORK}/stock-seed
    mkdir -p "${SEED_REPO}"
    (
        cd "${WORK}/stock-download"
        find . -type f \( -name '*.jar' -o -name '*.xml' \) ! -name 'maven-metadata*' \
            -exec cp --parents {} "${SEED_REPO}/" \;
    )
    [[ -n $(find "${SEED_REPO}" -name 'pax-web-jetty-*.jar' -print -quit) ]] ||
        die "the preparation boot did not fetch the pax-web bundles (see ${WORK}/logs/stock-preparation.log)"
    log "  $(find "${SEED_REPO}" -type f | wc -l) artifacts collected"
    rm -rf -- "${dir%/*}" "${WORK}/stock-download"
}

# ---------------------------------------------------------------------------------------------
# main

preflight() {
    local cmd port tgzs=()
    for cmd in java curl tar awk sed sort setsid timeout mktemp; do
        command -v "${cmd}" >/dev/null || die "'${cmd}' is required but not found"
    done
    [[ ${RUNS} =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer"

    if [[ -n ${CABINET_TGZ:-} ]]; then
        CABINET_TGZ_FILE=${CABINET_TGZ}
    else
        shopt -s nullglob
        tgzs=("${REPO_ROOT}"/karaf-assembly/target/cabinet-*.tar.gz)
        shopt -u nullglob
        [[ ${#tgzs[@]} -le 1 ]] || die "several cabinet-*.tar.gz in karaf-assembly/target: set CABINET_TGZ"
        CABINET_TGZ_FILE=${tgzs[0]:-}
    fi
    if [[ -z ${CABINET_TGZ_FILE} || ! -f ${CABINET_TGZ_FILE} ]]; then
        die "Cabinet distribution not found (${CABINET_TGZ_FILE:-${REPO_ROOT}/karaf-assembly/target/cabinet-*.tar.gz}).
Build it first:  (cd '${REPO_ROOT}' && mvn -B -q install -DskipTests)
or point CABINET_TGZ at a cabinet-*.tar.gz."
    fi

    if [[ ! -f ${STOCK_TGZ} ]]; then
        [[ -z ${STOCK_KARAF_TGZ:-} ]] || die "STOCK_KARAF_TGZ=${STOCK_KARAF_TGZ} does not exist"
        command -v mvn >/dev/null || die "stock Karaf not in ${STOCK_TGZ} and 'mvn' not found to fetch it"
        log "Fetching org.apache.karaf:apache-karaf:${KARAF_VERSION}:tar.gz with Maven"
        mvn -B -q dependency:get -Dartifact="org.apache.karaf:apache-karaf:${KARAF_VERSION}:tar.gz" \
            -Dtransitive=false
        [[ -f ${STOCK_TGZ} ]] || die "stock Karaf still not found at ${STOCK_TGZ} (set M2_REPO or STOCK_KARAF_TGZ)"
    fi

    for port in "${STOCK_FIXED_PORTS[@]}"; do
        port_in_use "${port}" && die "port ${port} on 127.0.0.1 is in use; stock Karaf needs it for JMX (RMI). Stop what holds it and run again."
    done
    return 0
}

load_average() {
    local load cpus
    load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)
    cpus=$(nproc 2>/dev/null || true)
    printf '%s (1/5/15 min) on %s CPUs' "${load:-unknown}" "${cpus:-?}"
}

print_row() { # label values...
    local label=$1 v
    shift
    printf '%-30s' "${label}"
    for v in "$@"; do printf ' %7s' "$(fmt2 "${v}")"; done
    printf ' %8s\n' "$(fmt2 "$(median "$@")")"
}

report() {
    local i header=""
    local cab_fresh cab_restart stock_fresh stock_restart
    cab_fresh=$(median "${CAB_FRESH[@]}")
    cab_restart=$(median "${CAB_RESTART[@]}")
    stock_fresh=$(median "${STOCK_FRESH[@]}")
    stock_restart=$(median "${STOCK_RESTART[@]}")
    for ((i = 1; i <= RUNS; i++)); do header+=$(printf ' %7s' "run${i}"); done

    printf '\nStart-up time: launch -> first HTTP answer, seconds (%s runs each, median)\n' "${RUNS}"
    printf '  Cabinet:     %s, first 200 on /api/health\n' "$(basename "${CABINET_TGZ_FILE}")"
    printf '  stock Karaf: apache-karaf-%s + boot feature http, first answer of any status on /\n\n' "${KARAF_VERSION}"
    printf '%-30s%s %8s\n' "distribution / scenario" "${header}" "median"
    print_row "Cabinet      fresh" "${CAB_FRESH[@]}"
    print_row "Cabinet      restart" "${CAB_RESTART[@]}"
    print_row "stock Karaf  fresh" "${STOCK_FRESH[@]}"
    print_row "stock Karaf  restart" "${STOCK_RESTART[@]}"
    printf '\n'
    ratio_line fresh "${cab_fresh}" "${stock_fresh}"
    ratio_line restart "${cab_restart}" "${stock_restart}"
    printf '\nload average at start: %s\n' "${LOAD_START}"
    printf 'load average at end:   %s\n' "$(load_average)"
}

ratio_line() {
    local scenario=$1 cabinet=$2 stock=$3 ratio verdict
    ratio=$(awk -v a="${cabinet}" -v b="${stock}" 'BEGIN { printf "%.2f", a / b }')
    if awk -v r="${ratio}" -v g="${GOAL}" 'BEGIN { exit !(r <= g) }'; then verdict="goal met"; else verdict="goal NOT met"; fi
    printf 'ratio Cabinet/stock  %-8s %5s  (goal <= %s: %s)\n' "${scenario}" "${ratio}" "${GOAL}" "${verdict}"
}

main() {
    local i dir cab_dir stock_dir
    preflight
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/cabinet-startup-bench.XXXXXX")
    mkdir -p "${WORK}/logs"
    log "Cabinet start-up benchmark: ${RUNS} runs per scenario, sequential; work folder ${WORK}"
    log "  Cabinet:     ${CABINET_TGZ_FILE}"
    log "  stock Karaf: ${STOCK_TGZ}"
    LOAD_START=$(load_average)
    log "  load average: ${LOAD_START}"

    prepare_stock_seed

    log "Fresh unpack before every launch (Cabinet and stock alternate)"
    for ((i = 1; i <= RUNS; i++)); do
        dir=$(unpack "${CABINET_TGZ_FILE}" "${WORK}/cab-fresh-${i}")
        cabinet_boot "${dir}" "cabinet-fresh-${i}"
        CAB_FRESH+=("${BOOT_SECONDS}")
        rm -rf -- "${WORK}/cab-fresh-${i}"

        dir=$(unpack "${STOCK_TGZ}" "${WORK}/stock-fresh-${i}")
        stock_prepare "${dir}"
        stock_boot "${dir}" "stock-fresh-${i}"
        STOCK_FRESH+=("${BOOT_SECONDS}")
        rm -rf -- "${WORK}/stock-fresh-${i}"
    done

    log "Restart with existing data (unpacked once; first boot not counted)"
    cab_dir=$(unpack "${CABINET_TGZ_FILE}" "${WORK}/cab-restart")
    cabinet_boot "${cab_dir}" "cabinet-first-boot-uncounted"
    stock_dir=$(unpack "${STOCK_TGZ}" "${WORK}/stock-restart")
    stock_prepare "${stock_dir}"
    stock_boot "${stock_dir}" "stock-first-boot-uncounted"
    for ((i = 1; i <= RUNS; i++)); do
        cabinet_boot "${cab_dir}" "cabinet-restart-${i}"
        CAB_RESTART+=("${BOOT_SECONDS}")
        stock_boot "${stock_dir}" "stock-restart-${i}"
        STOCK_RESTART+=("${BOOT_SECONDS}")
    done

    report
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
main "$@"

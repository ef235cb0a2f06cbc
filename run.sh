#!/usr/bin/env bash
# Builds what Cabinet needs and starts it in the foreground on its embedded database.
# Cabinet prints the address it serves once it is up; type 'system:shutdown' (or Ctrl-D) to stop it.
#
#   ./run.sh                 a practice's Cabinet, empty
#   ./run.sh --demo[=N]      the same, and N made-up patients (default 200) with encounters and records added at
#                            start while it has no patient (a demonstration, never a practice's real installation)
set -euo pipefail

demo_patients=""
for argument in "$@"; do
    case "$argument" in
        --demo) demo_patients=200 ;;
        --demo=*) demo_patients="${argument#--demo=}" ;;
        *) echo "usage: ./run.sh [--demo[=patients]]" >&2; exit 2 ;;
    esac
done
if [ -n "$demo_patients" ] && ! [[ "$demo_patients" =~ ^[0-9]+$ ]]; then
    echo "--demo takes a number of patients, e.g. --demo=500" >&2
    exit 2
fi

top=$(cd "$(dirname "$0")" && pwd)
cd "$top"

mvn -B -q install -DskipTests -pl karaf-assembly -am

archive=$(ls karaf-assembly/target/cabinet-*.tar.gz)
home="$top/run/cabinet"

# A rebuild replaces the programs and settings but keeps the practice's data and keys; only the
# framework's bundle cache is dropped, since it would hold the previous build's code.
rm -rf "$home/data/cache" "$home/data/tmp"
for kept in data keys; do
    if [ -d "$home/$kept" ]; then mv "$home/$kept" "$top/run/$kept.keep"; fi
done
rm -rf "$home"
mkdir -p "$home"
tar -xzf "$archive" -C "$home" --strip-components=1
for kept in data keys; do
    if [ -d "$top/run/$kept.keep" ]; then mv "$top/run/$kept.keep" "$home/$kept"; fi
done

if [ -n "$demo_patients" ]; then
    printf 'patients = %s\nencounters = 10\n' "$demo_patients" > "$home/etc/org.cabinet.records.demo.cfg"
    echo "Demo data: $demo_patients made-up patients will be added at start (if the practice has none)"
fi

echo "Starting Cabinet from $home (settings in etc/, data and logs in data/)"
exec "$home/bin/karaf"

#!/usr/bin/env bash
# Builds what Cabinet needs and starts it in the foreground on its embedded database.
# Cabinet prints the address it serves once it is up; type 'system:shutdown' (or Ctrl-D) to stop it.
set -euo pipefail

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

echo "Starting Cabinet from $home (settings in etc/, data and logs in data/)"
exec "$home/bin/karaf"

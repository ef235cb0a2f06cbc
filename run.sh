#!/usr/bin/env bash
# Builds what Cabinet needs and starts it in the foreground on its embedded database.
# Cabinet prints the address it serves once it is up; type 'system:shutdown' (or Ctrl-D) to stop it.
set -euo pipefail

top=$(cd "$(dirname "$0")" && pwd)
cd "$top"

mvn -B -q install -DskipTests -pl karaf-assembly -am

archive=$(ls karaf-assembly/target/cabinet-*.tar.gz)
home="$top/run/cabinet"

# A rebuild replaces the programs and settings but keeps the practice's data; only the
# framework's bundle cache is dropped, since it would hold the previous build's code.
if [ -d "$home/data" ]; then
    mv "$home/data" "$top/run/data.keep"
    rm -rf "$top/run/data.keep/cache" "$top/run/data.keep/tmp"
fi
rm -rf "$home"
mkdir -p "$home"
tar -xzf "$archive" -C "$home" --strip-components=1
if [ -d "$top/run/data.keep" ]; then
    mv "$top/run/data.keep" "$home/data"
fi

echo "Starting Cabinet from $home (settings in etc/, data and logs in data/)"
exec "$home/bin/karaf"

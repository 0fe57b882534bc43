#!/usr/bin/env bash
# Builds a folder of 10,000 statements (the real corpus repeated under
# distinct names) in a temporary folder, then times `lgsco sqlite` over it.
# usage: cli/bench/sqlite-10k.sh [SHARED_DIR] [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
count=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t files < <(find "$shared/seeds" "$shared/corpus" -name '*.txt' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no statements under $shared"; exit 2; }
mkdir "$work/in"
for ((i = 0; i < count; i++)); do
  cp "${files[i % ${#files[@]}]}" "$work/in/$(printf 'copy%05d' "$i").txt"
done
cargo build --quiet --release -p lgsco-cli
echo "$count statements, $(du -sh "$work/in" | cut -f1), $(nproc) cores"
start=$(date +%s.%N)
target/release/lgsco sqlite --no-progress "$work/in" --out "$work/lgsco.db"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { printf "%.2f s: %.0f statements/s\n", e - s, n / (e - s) }'
sqlite3 "$work/lgsco.db" "SELECT count(*) || ' decisions, ' FROM decisions; SELECT count(*) || ' paragraphs' FROM paragraphs;" 2>/dev/null || true

#!/usr/bin/env bash
# Times the lgsco tool over many statements: the real statements of
# ../shared linked round and round under distinct names into a temporary
# folder (nothing is kept), then
#   - `lgsco sqlite` into a new database,
#   - `lgsco sqlite` again with nothing changed,
#   - `lgsco table` into a new folder,
# printing statements per second of wall time, and per second of CPU time
# (user and system, all threads), which a busy machine disturbs less. The
# release build is used.
#
# usage: cli/bench/tool.sh [SHARED_DIR] [COUNT...]     (default 10000 20000)
#   e.g. cli/bench/tool.sh ../shared 10000 20000 100000
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
[ $# -gt 0 ] && shift
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 20000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release -p lgsco-cli
lgsco=$PWD/target/release/lgsco
echo "$(nproc) cores; $(find "$shared/seeds" "$shared/corpus" "$shared/corpus-2" -name '*.txt' 2>/dev/null | wc -l) distinct statements repeated"
printf '%8s  %-22s %8s %12s %8s %14s\n' count run wall_s statements/s cpu_s per_cpu_second
for count in "${counts[@]}"; do
  in="$work/in-$count"
  # Hard links: distinct paths, so distinct statements to the tool; the
  # bytes are read from the page cache like any warm run.
  python3 - "$shared" "$in" "$count" <<'PY'
import os, shutil, sys
shared, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(
    os.path.join(d, f)
    for sub in ("seeds", "corpus", "corpus-2")
    for d, _, fs in os.walk(os.path.join(shared, sub))
    for f in fs if f.lower().endswith(".txt"))
if not files:
    sys.exit(f"no statements under {shared}")
for i in range(count):
    sub = os.path.join(out, f"{i // 1000:03d}")
    if i % 1000 == 0:
        os.makedirs(sub)
    dst = os.path.join(sub, f"copy{i:06d}.txt")
    try:
        os.link(files[i % len(files)], dst)
    except OSError:
        shutil.copyfile(files[i % len(files)], dst)
PY
  time_it() {
    local what=$1 times status
    shift
    # Wall, user and system seconds of the run.
    times=$( { TIMEFORMAT='%R %U %S'; time { "$@" > /dev/null 2>&1; echo $? > "$work/status"; }; } 2>&1 )
    status=$(cat "$work/status")
    [ "$status" -le 1 ] || { echo "$what failed: exit $status"; exit 1; }
    read -r wall user sys <<<"$times"
    awk -v c="$count" -v w="$what" -v r="$wall" -v u="$user" -v s="$sys" \
      'BEGIN { printf "%8d  %-22s %8.2f %12.0f %8.2f %14.0f\n", c, w, r, c / r, u + s, c / (u + s) }'
  }
  time_it "sqlite, new database" "$lgsco" -q sqlite "$in" -o "$work/$count.db"
  time_it "sqlite, unchanged" "$lgsco" -q sqlite "$in" -o "$work/$count.db"
  time_it "table" "$lgsco" -q table "$in" -o "$work/tables-$count"
  rm -rf "$in" "$work/$count.db"* "$work/tables-$count"
done

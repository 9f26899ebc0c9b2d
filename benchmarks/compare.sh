#!/bin/sh
# Hillas Explorer vs the matplotlib peer (benchmarks/matplotlib_peer.py), side by side in one run on one machine.
#   benchmarks/compare.sh [N] [SWEEP_N]     N repetitions of each whole-process pair (default 10), SWEEP_N of the GIF (3)
# Needs target/hillas-explorer.jar (+ .jsa from `mvn package`), and /usr/bin/python3 with python3-matplotlib. The
# in-process export row needs a bench build (`mvn -o -Pbench -DskipTests package`, which puts JMH in the jar);
# without it that row is skipped. A and B alternate (A first on odd rounds, B first on even ones) so the load of a
# shared machine falls on both; medians of wall-clock time, ratio = peer / ours (> 1: ours is faster).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname "$here")
N=${1:-10}
SWEEP_N=${2:-3}
PY=/usr/bin/python3
jar=$root/target/hillas-explorer.jar
hx="$root/packaging/hillas"
peer="$here/matplotlib_peer.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/hx-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# the peer's inputs, written by our CLI beforehand (not timed): bands, verdicts, and the bands of every sweep frame
"$hx" bands --plane ns --out bands.csv 2>/dev/null
"$hx" evaluate --format csv > eval.csv 2>/dev/null
mkdir -p sweep
i=1
while [ $i -le 40 ]; do
  echo "bands --plane ns --delta $($PY -c "print(0.3 + 0.4 * ($i - 1) / 39)") --out sweep/bands-$i.csv"
  i=$((i + 1))
done > sweep.txt
"$hx" batch sweep.txt 2>/dev/null

# time LABEL CMD...: appends the wall-clock ms of CMD to LABEL.t
time_it() {
  label=$1; shift
  t0=$(date +%s%N); "$@" > /dev/null 2>&1; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) >> "$label.t"
}
median() { sort -n "$1" | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
row() { # NAME OURS.t PEER.t
  o=$(median "$2"); p=$(median "$3")
  printf '%-46s %9s ms %9s ms %7s\n' "$1" "$o" "$p" "$(awk "BEGIN {printf \"%.2f×\", $p / $o}")"
}

r=1
while [ $r -le "$N" ]; do
  if [ $((r % 2)) -eq 1 ]; then
    time_it ours "$hx" render --plane ns --out x.svg
    time_it plain java -jar "$jar" render --plane ns --out y.svg
    time_it peer $PY "$peer" --data . --out p.svg
  else
    time_it peer $PY "$peer" --data . --out p.svg
    time_it plain java -jar "$jar" render --plane ns --out y.svg
    time_it ours "$hx" render --plane ns --out x.svg
  fi
  r=$((r + 1))
done
r=1
while [ $r -le "$SWEEP_N" ]; do
  if [ $((r % 2)) -eq 1 ]; then
    time_it sweep_ours "$hx" render --plane ns --sweep delta=0.3..0.7:40 --width 800 --height 500 --out s.gif
    time_it sweep_peer $PY "$peer" --data . --sweep 40 --out ps.gif
  else
    time_it sweep_peer $PY "$peer" --data . --sweep 40 --out ps.gif
    time_it sweep_ours "$hx" render --plane ns --sweep delta=0.3..0.7:40 --width 800 --height 500 --out s.gif
  fi
  r=$((r + 1))
done

echo "Hillas Explorer vs matplotlib $($PY -c 'import matplotlib; print(matplotlib.__version__)'), $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-46s %12s %12s %7s\n' "comparison (median)" "ours" "peer" "ratio"
row "render --plane ns --out x.svg (packaging/hillas)" ours.t peer.t
row "  same, plain java -jar (no CDS, default JIT)" plain.t peer.t
row "40-frame GIF sweep 800×500, whole process" sweep_ours.t sweep_peer.t

# in process: JMH (ExportBenchmark) between two peer savefig runs
if unzip -l "$jar" 2>/dev/null | grep -q 'org/openjdk/jmh/Main.class'; then
  p1=$($PY "$peer" --data . --savefig-bench 20)
  java -Djava.awt.headless=true -cp "$jar" org.openjdk.jmh.Main ExportBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s \
    -rf csv -rff jmh.csv > jmh.log 2>&1
  p2=$($PY "$peer" --data . --savefig-bench 20)
  $PY - "$p1" "$p2" <<'EOF'
import csv, json, statistics, sys
peer = {f: statistics.mean([json.loads(sys.argv[1])[f], json.loads(sys.argv[2])[f]]) for f in ("svg", "pdf")}
ours = {}
for row in csv.DictReader(open("jmh.csv")):
    name = row["Benchmark"]
    if name.endswith(".svg:p0.50") or name.endswith(".pdf:p0.50"):
        ours[name.rsplit(":", 1)[0].split(".")[-1]] = float(row["Score"])  # ...ExportBenchmark.svg:p0.50 -> svg
for f in ("svg", "pdf"):
    if f in ours:
        print("%-46s %9.1f ms %9.1f ms %6.2f×" % ("in-process %s export (JMH p50 vs savefig median)" % f.upper(),
                                                   ours[f], peer[f], peer[f] / ours[f]))
EOF
else
  echo "(in-process export skipped: build with 'mvn -o -Pbench -DskipTests package' to put JMH in the jar)"
fi

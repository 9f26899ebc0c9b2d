#!/bin/sh
# Memory of the window while sliders are dragged (issue 11: "under 300 MB RSS after 5 minutes of dragging"). Starts
# the window on a fresh Xvfb display (a real window, GTK glass) in the layout both planes + rigidity view, lets
# WindowDragBench drag δ_s, B and ν̄₀ round-robin (3 s each) for SECONDS (300), samples VmRSS from /proc every 10 s
# and prints start / peak / end.
#   benchmarks/window-rss.sh [SECONDS] [DISPLAY_NUMBER]
# Needs the bench classes (mvn -B -o -q -Pbench -DskipTests compile) and Xvfb. BENCH_JAVA_OPTS adds JVM options
# (a later build without -Pbench recompiles target/classes and removes them: compile with -Pbench again).
# (the default heap is the JVM's: a quarter of the machine's memory at most).
set -e
seconds=${1:-300}
dpy=${2:-97}
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$here"
cp=target/bench-classpath.txt
if [ ! -s "$cp" ] || [ pom.xml -nt "$cp" ]; then
  mvn -B -o -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
fi
Xvfb ":$dpy" -screen 0 1500x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
log=${RSS_LOG:-$(mktemp)}
# shellcheck disable=SC2086
DISPLAY=":$dpy" java -Dbench.drag.soakSeconds="$seconds" $BENCH_JAVA_OPTS -cp "target/classes:$(cat "$cp")" \
  org.hillasexplorer.bench.WindowDragBench >"$log" 2>&1 &
pid=$!
rss() { awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null; }
# the first sample once the window is up (the soak starts after the window shows)
sleep 10
set +e
start=$(rss); peak=$start; last=$start; t=10
echo "t=${t}s RSS ${start} MB (load $(cut -d' ' -f1-3 /proc/loadavg))"
while kill -0 "$pid" 2>/dev/null; do
  sleep 10; t=$((t + 10))
  r=$(rss)
  [ -n "$r" ] || break
  last=$r
  if [ "$r" -gt "$peak" ]; then peak=$r; fi
  echo "t=${t}s RSS ${r} MB"
done
wait "$pid"
echo "java exit status $?"
grep -v WARNING "$log" | grep -v 'PlatformImpl startup' | tail -4
[ -n "$RSS_LOG" ] || rm -f "$log"
echo "RSS start ${start} MB, peak ${peak} MB, end ${last} MB over ${seconds} s of dragging (load $(cut -d' ' -f1-3 /proc/loadavg))"

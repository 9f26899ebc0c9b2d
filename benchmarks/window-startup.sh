#!/bin/sh
# Cold start of the window (issue 11): process start → first pulse that painted every plot, measured by
# org.hillasexplorer.app.StartupProbe, each round a fresh JVM on an Xvfb display (a real GTK window).
#   benchmarks/window-startup.sh [ROUNDS] [DISPLAY_NUMBER]
# Variants, alternating: "jar" (java -cp hillas-explorer.jar, as java -jar), "launcher" (the flags of packaging/hillas:
# the AppCDS archive target/hillas-explorer.jsa, C1 only, serial GC) and "gui-archive" (the same flags with an archive
# whose training run opened the window: dumped once here, next to the jar as hillas-explorer-gui.jsa, with
# -XX:ArchiveClassesAtExit; its class list goes to hillas-explorer-gui.jsa.classes).
# Needs target/hillas-explorer.jar (+ .jsa) from mvn package and the bench classes (mvn -Pbench compile);
# HILLAS_JAR overrides the jar.
set -e
rounds=${1:-5}
dpy=${2:-97}
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar=${HILLAS_JAR:-$here/target/hillas-explorer.jar}
jsa=${jar%.jar}.jsa
gui=${jar%.jar}-gui.jsa
# a stable path and mtime: an archive records its class path's jars and is refused when one of them changed
bench=$here/target/startup-bench.jar
if [ ! -f "$bench" ] || [ -n "$(find "$here/target/classes/org/hillasexplorer/bench" -name '*.class' -newer "$bench")" ]; then
  (cd "$here/target/classes" && jar cf "$bench" org/hillasexplorer/bench/StartupBench*.class \
    org/hillasexplorer/bench/WindowDragBench*.class org/hillasexplorer/bench/PulseClock*.class)
fi
cp="$jar:$bench"
Xvfb ":$dpy" -screen 0 1500x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
run() { # name, jvm options...
  name=$1; shift
  cfg=$(mktemp -d)
  # shellcheck disable=SC2068
  line=$(DISPLAY=":$dpy" java $@ -Dhillas.config.dir="$cfg" -cp "$cp" org.hillasexplorer.bench.StartupBench 2>/dev/null \
    | grep 'hillas startup' || true)
  rm -rf "$cfg"
  ms=$(echo "$line" | sed -n 's/.*painted \([0-9]*\) ms.*/\1/p')
  echo "$name ${ms:-FAILED}  $line"
}
if [ ! -f "$gui" ] || [ "$jar" -nt "$gui" ] || [ "$bench" -nt "$gui" ]; then
  echo "# dumping $gui (a training run that opens the window)"
  run training "-XX:ArchiveClassesAtExit=$gui $fast" >/dev/null
  DISPLAY=":$dpy" java -XX:SharedArchiveFile="$gui" -Xshare:auto -Xlog:cds=off -Xlog:class+load=info:file="$gui.classes" \
    $fast -Dhillas.config.dir="$(mktemp -d)" -cp "$cp" org.hillasexplorer.bench.StartupBench >/dev/null 2>&1 || true
  echo "# classes loaded with it: $(grep -c 'source:' "$gui.classes"), from the archives: $(grep -c 'shared objects file' "$gui.classes")"
fi
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
i=0
while [ "$i" -lt "$rounds" ]; do
  run jar "" | tee -a "$out"
  run launcher "-XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds=off $fast" | tee -a "$out"
  run gui-archive "-XX:SharedArchiveFile=$gui -Xshare:auto -Xlog:cds=off $fast" | tee -a "$out"
  i=$((i + 1))
done
for v in jar launcher gui-archive; do
  grep "^$v " "$out" | awk -v v="$v" '$2 ~ /^[0-9]+$/ {a[n++] = $2} END {
    if (n == 0) { print v ": no measurement"; exit }
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    printf "%-12s median %d ms (min %d, max %d, %d rounds)\n", v, (n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2), a[0], a[n - 1], n }'
done
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"

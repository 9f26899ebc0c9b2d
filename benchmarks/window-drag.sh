#!/bin/sh
# Scripted slider drags in the real window, every JavaFX pulse timed (issue 11: pulses > 8 ms over a 3-second drag of
# δ_s, B and ν̄₀, for "both planes" and "both planes + rigidity view"). See src/jmh/java/.../WindowDragBench.java.
#   benchmarks/window-drag.sh                 # headless (Monocle, software Prism), as the TestFX tests run
#   DISPLAY=:97 benchmarks/window-drag.sh --display   # on a real (e.g. Xvfb) display
# Needs the bench classes: mvn -B -o -q -Pbench -DskipTests compile (the first time online, see README).
# (a later build without -Pbench recompiles target/classes and removes them: compile with -Pbench again).
# BENCH_JAVA_OPTS adds JVM options, e.g. -Dbench.drag.seconds=5.
set -e
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$here"
cp=target/bench-classpath.txt
if [ ! -s "$cp" ] || [ pom.xml -nt "$cp" ]; then
  mvn -B -o -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
fi
headless="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Dheadless.geometry=1920x1200-32"
if [ "$1" = "--display" ]; then headless=""; shift; fi
# shellcheck disable=SC2086
exec java $headless -Djava.awt.headless=true $BENCH_JAVA_OPTS -cp "target/classes:$(cat "$cp")" \
  org.hillasexplorer.bench.WindowDragBench "$@"

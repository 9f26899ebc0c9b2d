#!/usr/bin/python3
"""Where the time goes, from a JFR recording's execution samples (issue 11).

  benchmarks/jfr-top.py REC.jfr [--thread 'JavaFX Application Thread'] [--top 25]

Reads `jfr print --json --events jdk.ExecutionSample REC.jfr`, keeps the samples of the threads whose name contains
--thread (all threads when empty), and prints: (1) inclusive share of each category below (a sample counts once for
the first category, from the top of the stack down, whose pattern one of its frames matches — so e.g. text drawn by
a label layer counts as "text"), (2) by cause: the first CAUSES entry (in list order) any frame of the sample matches,
e.g. everything under ChartCanvas.draw is "chart draw", CSS applied inside a table cell's update is "catalogue table",
(3) what the chart draws spend their time on, (4) the top self frames, (5) the top inclusive methods of the project.
"""
import argparse
import collections
import json
import subprocess
import sys

# (category, substrings of "package.Class.method"), checked in this order against every frame of a sample, top first
CATEGORIES = [
    ("text: glyphs, font metrics, layout of strings", ("java.awt.font.", "sun.font.", "TextLayout", "drawString",
                                                       "GlyphVector", "FontMetrics", "javafx.scene.text.", "com.sun.javafx.text.",
                                                       "com.sun.javafx.font.", "org.scilab.forge.jlatexmath")),
    ("AWT rasterising (antialiased shapes, Marlin)", ("sun.java2d.", "sun.awt.image.")),
    ("JavaFX canvas commands / FXGraphics2D", ("org.jfree.fx.FXGraphics2D", "javafx.scene.canvas.")),
    ("JavaFX CSS", ("javafx.css.", "com.sun.javafx.css.", "Node.applyCss", "Node.processCSS", "doCSSPass")),
    ("JavaFX layout", ("Parent.layout", "Region.layoutChildren", "doLayoutPass", "Parent.prefWidth", "Parent.prefHeight",
                       "Region.prefWidth", "Region.prefHeight", "computePrefWidth", "computePrefHeight")),
    ("JavaFX controls (skins, table cells, text fields)", ("javafx.scene.control.", "com.sun.javafx.scene.control.")),
    ("JFreeChart drawing (plot, axes, renderers, legend)", ("org.jfree.chart.", "org.jfree.data.")),
    ("figure spec (PlaneSpecs, label layout, bands)", ("org.hillasexplorer.figure.",)),
    ("physics", ("org.hillasexplorer.physics.",)),
    ("app (view models, listeners)", ("org.hillasexplorer.app.",)),
    ("other project code", ("org.hillasexplorer.",)),
]


# (cause, substrings): the first entry in this order that any frame of a sample matches
CAUSES = [
    ("chart draw (JFreeChart into the canvas: ChartCanvas.draw)", ("org.jfree.chart.fx.ChartCanvas.draw",
                                                                   "org.jfree.chart.JFreeChart.draw")),
    ("figure spec and chart update (figure.*, without the draw)", ("org.hillasexplorer.figure.",)),
    ("catalogue table cells (CataloguePanel)", ("CataloguePanel",)),
    ("derived quantities panel (QuantitiesPanel)", ("QuantitiesPanel",)),
    ("other app listeners (view models, readouts, panels)", ("org.hillasexplorer.app.",)),
    ("pulse: CSS pass", ("doCSSPass",)),
    ("pulse: layout pass", ("doLayoutPass",)),
    ("pulse: sync to the render graph", ("synchronizeSceneNodes", "ScenePulseListener.pulse")),
]

# inside a chart draw: first match from the top of the stack
DRAW_PARTS = [
    ("text (strings, glyphs, rotated tick labels)", ("drawString", "AttrStringUtils", "TextUtils", "java.awt.font.",
                                                     "sun.font.", "GlyphVector", "FontMetrics", "fillText", "javafx.scene.text.",
                                                     "com.sun.javafx.text.", "com.sun.javafx.font.")),
    ("area/shape geometry (java.awt.geom.Area, clipping)", ("java.awt.geom.Area", "sun.awt.geom.")),
    ("label layout (LabelLayer)", ("LabelLayer",)),
    ("canvas commands (FXGraphics2D → GraphicsContext)", ("org.jfree.fx.FXGraphics2D", "javafx.scene.canvas.")),
]
DRAW_SCOPES = [
    ("annotations (boxes, labels, bands drawn as annotations)", ("XYPlot.drawAnnotations",)),
    ("axes (log axes, ticks, tick labels)", ("XYPlot.drawAxes",)),
    ("renderers (series: bands, lines)", ("XYPlot.render", "XYItemRenderer", "XYAreaRenderer", "XYLineAndShapeRenderer")),
    ("legend / title", ("LegendTitle", "TextTitle", "drawTitle")),
    ("gridlines, background", ("drawDomainGridlines", "drawRangeGridlines", "drawBackground", "drawZeroRangeBaseline")),
]


def first_match(stack, table, anywhere):
    frames = stack if anywhere else stack
    for name, pats in table:
        if any(p in f for f in frames for p in pats):
            return name
    return None


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jfr")
    ap.add_argument("--thread", default="JavaFX Application Thread")
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", a.jfr],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    stacks = []
    for e in events:
        v = e["values"]
        t = (v.get("sampledThread") or {}).get("javaName") or ""
        if a.thread and a.thread not in t:
            continue
        st = v.get("stackTrace")
        if st and st.get("frames"):
            stacks.append([frame_name(f) for f in st["frames"]])
    n = len(stacks)
    if n == 0:
        sys.exit("no samples for thread %r" % a.thread)
    print("%d samples (thread %r)" % (n, a.thread or "all"))
    cats = collections.Counter()
    for s in stacks:
        for name, pats in CATEGORIES:
            if any(p in f for f in s for p in pats):
                cats[name] += 1
                break
        else:
            cats["other (JDK, JavaFX internals)"] += 1
    print("\n-- by category (first match from the top of the stack) --")
    for name, c in cats.most_common():
        print("%5.1f %%  %s" % (100.0 * c / n, name))
    causes = collections.Counter(first_match(s, CAUSES, True) or "other (JDK, JavaFX internals, timers)" for s in stacks)
    print("\n-- by cause (first CAUSES entry any frame matches) --")
    for name, c in causes.most_common():
        print("%5.1f %%  %s" % (100.0 * c / n, name))
    draws = [s for s in stacks if any("org.jfree.chart.JFreeChart.draw" in f for f in s)]
    if draws:
        print("\n-- inside chart draws (%d samples = %.1f %%): by part of the chart --" % (len(draws), 100.0 * len(draws) / n))
        scopes = collections.Counter(first_match(s, DRAW_SCOPES, True) or "rest of JFreeChart.draw" for s in draws)
        for name, c in scopes.most_common():
            print("%5.1f %% of draws  %s" % (100.0 * c / len(draws), name))
        print("-- inside chart draws: by kind of work --")
        kinds = collections.Counter()
        for s in draws:
            k = None
            for f in s:  # top of the stack first
                for name, pats in DRAW_PARTS:
                    if any(p in f for p in pats):
                        k = name
                        break
                if k:
                    break
            kinds[k or "other (JFreeChart logic, JDK)"] += 1
        for name, c in kinds.most_common():
            print("%5.1f %% of draws  %s" % (100.0 * c / len(draws), name))
    self_ = collections.Counter(s[0] for s in stacks)
    print("\n-- top self frames --")
    for f, c in self_.most_common(a.top):
        print("%5.1f %%  %s" % (100.0 * c / n, f))
    incl = collections.Counter()
    for s in stacks:
        for f in set(s):
            if f.startswith("org.hillasexplorer.") or f.startswith("org.jfree."):
                incl[f] += 1
    print("\n-- top inclusive project / JFreeChart methods --")
    for f, c in incl.most_common(a.top):
        print("%5.1f %%  %s" % (100.0 * c / n, f))


if __name__ == "__main__":
    main()

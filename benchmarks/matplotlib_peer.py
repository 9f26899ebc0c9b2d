#!/usr/bin/python3
"""The matplotlib peer of `hillas-explorer render --plane ns`: the same ℓ_S–n_s figure, drawn from files the CLI wrote.

Inputs (written beforehand by benchmarks/compare.sh, so this script does the same drawing work as the Java side and
none of the physics):
  DATA/bands.csv     `render`'s bands:  hillas-explorer bands --plane ns --out DATA/bands.csv
  DATA/eval.csv      the verdicts:      hillas-explorer evaluate --format csv --out DATA/eval.csv
  catalog/candidates.ecsv              the built-in catalogue's boxes (ECSV: YAML header in '#' lines, then CSV)

Drawn: the three filled bands with edges and rotated labels along them, the catalogue boxes (dotted edges, translucent
fill) with a verdict marker and a label each, log–log axes with a secondary ℓ_S [pc] axis on top, a legend and a
title in mathtext; saved as .svg, .pdf or .png (by extension), 1000×720 px like render's default.

Modes:
  matplotlib_peer.py --data DIR --out fig.svg             whole process: import, read, draw, save (what compare.sh times)
  matplotlib_peer.py --data DIR --sweep 40 --out s.gif    the 40-frame δ_s sweep at 800×500 as a GIF (Pillow writer); frame
                                                          i's bands from DIR/sweep/bands-I.csv (I = 1…40, written by one
                                                          `batch` run), the boxes and the axes fixed as render's sweep
  matplotlib_peer.py --data DIR --savefig-bench N         in process: build the figure once, then time N savefig calls
                                                          to .svg and to .pdf (alternating); prints one JSON line of
                                                          medians in ms (savefig draws every artist again each time)
Run with Debian's /usr/bin/python3 (python3-matplotlib); a pyenv `python3` may lack matplotlib.
"""
import argparse
import csv
import json
import math
import os
import statistics
import sys
import tempfile
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch, Polygon, Rectangle  # noqa: E402

AU_PER_PC = 206264.806
BAND_STYLE = {  # fill, edge, label text, as the paper style of render
    "MeV": ("#a6cee3", "#1f6fa8", "MeV CRs (1–10 MeV)"),
    "GeV": ("#99d8c9", "#138a64", "GeV CRs (1–10 GeV)"),
    "TeV": ("#bfe3f7", "#4aa3d9", "TeV CRs (1–10 TeV)"),
}
BOX_COLOURS = ["#f4a582", "#fdd49e", "#d9a0b0", "#e7c0d8", "#c9a88a", "#fbb4ae", "#decbe4", "#fed9a6"]


def read_bands(path):
    bands = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            bands.setdefault(row["band"], []).append((10 ** float(row["log10_ls_au"]), 10 ** float(row["log10_value"])))
    return bands


def read_boxes(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    boxes = []
    for row in csv.DictReader(lines):
        if "ns" not in row["planes"].split("+"):
            continue
        try:
            lo, hi = float(row["size_min_au"]), float(row["size_max_au"])
            nlo, nhi = float(row["ns_min_pc3"]), float(row["ns_max_pc3"])
        except ValueError:
            continue
        boxes.append((row["id"], row["label"], lo, hi, nlo, nhi))
    return boxes


def read_verdicts(path):
    """Per entry on the n_s plane: 'reaches' if any class reaches a band, else the smallest gap in dex."""
    best = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["plane"] != "ns":
                continue
            if row["status"] in ("overlaps", "reaches", "inside"):
                best[row["entry"]] = -1.0
            else:
                try:
                    gap = float(row["gap_dex"])
                except ValueError:
                    continue
                best[row["entry"]] = min(best.get(row["entry"], math.inf), gap)
    return best


def draw(data, catalog, bands_file="bands.csv", size=(10, 7.2), delta=0.5):
    bands = read_bands(os.path.join(data, bands_file))
    boxes = read_boxes(catalog)
    verdicts = read_verdicts(os.path.join(data, "eval.csv"))

    fig, ax = plt.subplots(figsize=size, dpi=100)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(1e-3, 1e9)
    ax.set_ylim(1e-13, 1e17)
    legend = []
    for name, pts in bands.items():
        fill, edge, text = BAND_STYLE.get(name, ("#cccccc", "#555555", name))
        ax.add_patch(Polygon(pts, closed=True, facecolor=fill, edgecolor=edge, linewidth=1.5, alpha=0.8, zorder=3))
        # the label along the band, at the middle of its upper edge, rotated to its slope on screen
        screen = ax.transData.transform(pts)
        i = max(range(len(pts) - 1), key=lambda k: math.dist(screen[k], screen[k + 1]))  # the long upper edge
        p0, p1 = sorted((screen[i], screen[i + 1]), key=lambda p: p[0])
        angle = math.degrees(math.atan2(p1[1] - p0[1], p1[0] - p0[0]))
        x0, y0 = ax.transData.inverted().transform(((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2 + 6))
        ax.text(x0, y0, text, rotation=angle, rotation_mode="anchor", color=edge, fontsize=9,
                fontweight="bold", ha="center", va="bottom", zorder=5)
        legend.append(Patch(facecolor=fill, edgecolor=edge, label=text))
    markers = {"reaches": ("o", "#138a64"), "near": ("^", "#d4a017"), "far": ("x", "#b5651d")}
    for i, (ident, label, lo, hi, nlo, nhi) in enumerate(boxes):
        colour = BOX_COLOURS[i % len(BOX_COLOURS)]
        ax.add_patch(Rectangle((lo, nlo), hi - lo, nhi - nlo, facecolor=colour, edgecolor="#b5651d", alpha=0.55,
                               linestyle=":", linewidth=1.0, zorder=2))
        gap = verdicts.get(ident, math.inf)
        kind = "reaches" if gap < 0 else "near" if gap < 1 else "far"
        m, c = markers[kind]
        ax.plot([lo], [nhi * 3], marker=m, color=c, markersize=5, linestyle="none", zorder=6)
        ax.annotate(label, (lo, nhi * 3), xytext=(5, 0), textcoords="offset points", fontsize=8, color="#8a4b2a",
                    va="center", zorder=6)
    legend.append(Patch(facecolor="#eeeeee", edgecolor="#999999", linestyle=":", label="known large-scale ISM structures"))
    for kind, text in (("reaches", "reaches a band"), ("near", "misses by < 1 dex"), ("far", "misses by ≥ 1 dex")):
        m, c = markers[kind]
        legend.append(Line2D([], [], marker=m, color=c, linestyle="none", label=text))
    ax.set_xlabel(r"$\ell_\mathrm{S}$ [au]")
    ax.set_ylabel(r"$n_\mathrm{s}(>\ell_\mathrm{S})$ [pc$^{-3}$]")
    top = ax.secondary_xaxis("top", functions=(lambda x: x / AU_PER_PC, lambda x: x * AU_PER_PC))
    top.set_xlabel(r"$\ell_\mathrm{S}$ [pc]")
    ax.tick_params(which="both", direction="in")
    ax.legend(handles=legend, loc="upper right", fontsize=8, framealpha=0.9)
    ax.set_title(r"Patchy CR scattering: $\ell_\mathrm{S}$–$n_\mathrm{s}$ plane ($D = 0$, $\delta_\mathrm{s} = %.3g$, "
                 r"$B = 3\,\mu$G, $\bar\nu_0 = 10^{-9}$ s$^{-1}$)" % delta, fontsize=10)
    fig.tight_layout()
    return fig


def sweep(a):
    """Each frame drawn as render --sweep does: the whole figure for that δ_s, grabbed into one animated GIF."""
    from matplotlib.animation import PillowWriter
    writer = PillowWriter(fps=10)
    fig = None
    for i in range(1, a.sweep + 1):
        delta = 0.3 + 0.4 * (i - 1) / (a.sweep - 1)
        if fig is None:
            fig = draw(a.data, a.catalog, os.path.join("sweep", "bands-%d.csv" % i), (8, 5), delta)
            writer.setup(fig, a.out, dpi=100)
        else:
            fig.clf()
            plt.close(fig)
            new = draw(a.data, a.catalog, os.path.join("sweep", "bands-%d.csv" % i), (8, 5), delta)
            writer.fig = new
            fig = new
        writer.grab_frame()
    writer.finish()
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with bands.csv and eval.csv")
    ap.add_argument("--catalog", default=os.path.join(here, "..", "catalog", "candidates.ecsv"))
    ap.add_argument("--out", help="output .svg, .pdf or .png")
    ap.add_argument("--sweep", type=int, metavar="FRAMES", help="δ_s = 0.3…0.7 movie to --out (.gif), 800×500")
    ap.add_argument("--savefig-bench", type=int, metavar="N", help="time N savefig calls per format in process")
    a = ap.parse_args()
    if a.sweep:
        return sweep(a)
    fig = draw(a.data, a.catalog)
    if a.out:
        fig.savefig(a.out)
    if a.savefig_bench:
        times = {"svg": [], "pdf": []}
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ("svg", "pdf"):  # one untimed warm-up each (font caches, backend import)
                fig.savefig(os.path.join(tmp, "w." + fmt))
            for _ in range(a.savefig_bench):
                for fmt in ("svg", "pdf"):
                    t = time.perf_counter()
                    fig.savefig(os.path.join(tmp, "b." + fmt))
                    times[fmt].append((time.perf_counter() - t) * 1000)
        print(json.dumps({f: round(statistics.median(v), 2) for f, v in times.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

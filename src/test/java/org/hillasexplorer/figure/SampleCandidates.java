package org.hillasexplorer.figure;

import java.util.List;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;

/** Candidate boxes from shared/reference/candidate-catalog-research.csv, as the paper's Figs. 2–3 show them. */
final class SampleCandidates {
    private SampleCandidates() {
    }

    static CandidateLayer ns(String id, String label, double l0, double l1, double n0, double n1) {
        return new CandidateLayer(id, label, CandidateLayer.MACROSCOPIC, new CandidateBox(Plane.NUMBER_DENSITY, l0, l1, n0, n1));
    }

    static CandidateLayer fv(String id, String label, double l0, double l1, double f0, double f1) {
        return new CandidateLayer(id, label, CandidateLayer.SMALL_SCALE, new CandidateBox(Plane.FILLING_FACTOR, l0, l1, f0, f1));
    }

    /** All boxes of both planes. */
    static List<CandidateLayer> all() {
        return List.of(
                ns("astrospheres", "astrospheres", 10, 1e3, 0.01, 0.1),
                ns("massive_star_magnetospheres", "OB/Ap magnetospheres", 0.03, 1, 1e-6, 3e-5),
                ns("hii_regions", "HII regions", 2.06e3, 2.06e7, 1e-8, 3e-7),
                ns("gmcs", "GMCs", 2.06e6, 2.06e7, 1e-9, 1e-7),
                ns("planetary_nebulae", "PNe", 4.13e3, 6.19e5, 1e-8, 3e-7),
                ns("snrs", "SNRs", 4.13e5, 2.06e7, 1e-9, 5e-8),
                ns("spiral_arms", "arms", 4.13e7, 2.06e8, 1e-11, 3e-9),
                ns("bok_globules", "Bok globules", 2.06e4, 3.09e5, 1e-7, 3e-6),
                ns("pwne", "PWNe", 6.19e3, 6.19e6, 5e-10, 2e-8),
                ns("gc_cores", "GC cores", 4.13e4, 2.06e6, 1e-12, 1e-10),
                ns("colliding_wind_binaries", "CWBs", 1, 100, 5e-9, 1e-7),
                fv("tsas", "TSAS", 5, 1e4, 1e-7, 0.01),
                fv("ese_lenses", "ESE lenses", 0.3, 10, 1e-11, 1e-6),
                fv("cnm_filaments", "CNM sheets", 2.06e4, 2.06e5, 0.01, 0.04),
                new CandidateLayer("gmcs_fv", "GMCs", CandidateLayer.MACROSCOPIC,
                        new CandidateBox(Plane.FILLING_FACTOR, 2.06e6, 2.06e7, 1e-4, 1e-2)));
    }
}

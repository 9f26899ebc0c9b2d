package org.hillasexplorer.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final double T_GEV = 1.0;
    private static final double V = Particle.proton(T_GEV).speedCmPerS();
    private static final double LS_AU = 10;
    private static final double LS_CM = LS_AU * Units.AU_CM;

    /** Patches of optical depth τ_s and filling factor f_V, run for {@code mfps} expected mean free paths. */
    private static SimulationSetup patchy(double tau, double f, double mfps, int n, long seed, int threads) {
        PatchPopulation p = new PatchPopulation(LS_AU, f, tau * V / LS_CM, 0);
        return new SimulationSetup(p, T_GEV, Species.PROTON, n, mfps * LS_CM / f / V, seed, threads);
    }

    @Test
    void continuousLimitGivesKappaVSquaredOverThreeNu() throws InterruptedException {
        double nu = 1e-9;
        PatchPopulation p = PatchPopulation.continuous(nu);
        double duration = SimulationSetup.recommendedDurationS(p, T_GEV, Species.PROTON);
        assertThat(duration).isCloseTo(50 / nu, within(1e-6 / nu));
        SimulationResult r = Simulator.run(new SimulationSetup(p, T_GEV, Species.PROTON, 50_000, duration, 7, 2),
                Simulator.Progress.NONE);
        Measurement k = r.kappaParallel();
        System.out.printf("continuous: κ ratio %.4f ± %.4f, mfp ratio %.4f ± %.4f, events %d, %.3g ev/s%n",
                k.ratio(), k.ratioError(), r.meanFreePath().ratio(), r.meanFreePath().ratioError(),
                r.scatteringEvents(), r.eventsPerSecond());
        assertThat(k.expected()).isCloseTo(V * V / (3 * nu), within(1e-9 * k.expected()));
        assertThat(Math.abs(k.ratio() - 1)).isLessThan(0.05).isLessThan(3 * k.ratioError());
        assertThat(k.ratioError()).isLessThan(0.02);
        assertThat(r.meanFreePath().ratio()).isCloseTo(1, within(0.02));
        assertThat(r.fractionInside().value()).isEqualTo(1.0);
        assertThat(r.opticalDepth()).isInfinite();
        assertThat(r.meanSquareDisplacement()).hasSize(Simulator.SAMPLES);
        double[] last = r.meanSquareDisplacement().get(Simulator.SAMPLES - 1);
        assertThat(last[0]).isCloseTo(duration, within(1e-9 * duration));
        assertThat(last[1] / (2 * k.expected() * last[0])).isCloseTo(1, within(0.05));
    }

    @Test
    void patchyMeanFreePathScalesAsDepthOverFillingFactor() throws InterruptedException {
        double tau = 30;
        double[] fs = {1e-4, 1e-3, 1e-2}; // τ_s f_V ≤ 0.3: trapping negligible
        List<Measurement> mfps = new ArrayList<>();
        for (int i = 0; i < fs.length; i++) {
            double f = fs[i];
            SimulationResult r = Simulator.run(patchy(tau, f, 50, 4000, 11 + i, 2), Simulator.Progress.NONE);
            Measurement m = r.meanFreePath();
            System.out.printf("τ=%g f=%g: mfp ratio %.4f ± %.4f, inside %.4g (f=%g), trapping ratio %.3f ± %.3f, κ ratio %.3f, events %d%n",
                    tau, f, m.ratio(), m.ratioError(), r.fractionInside().value(), f, r.trappingTime().ratio(),
                    r.trappingTime().ratioError(), r.kappaParallel().ratio(), r.scatteringEvents());
            assertThat(r.opticalDepth()).isCloseTo(tau, within(1e-9));
            assertThat(m.expected()).isCloseTo(LS_CM / f, within(1e-9 * LS_CM / f));
            assertThat(m.ratio()).isCloseTo(1, within(0.2));
            assertThat(r.fractionInside().ratio()).isCloseTo(1, within(0.1));
            assertThat(RegimeMap.Regime.of(r.opticalDepth(), f)).isEqualTo(RegimeMap.Regime.PATCHY);
            mfps.add(m);
        }
        // ℓ_mfp ∝ ℓ_S/f_V over two decades: the ratios agree within their errors
        for (int i = 1; i < mfps.size(); i++) {
            double d = mfps.get(i).ratio() - mfps.get(0).ratio();
            double e = Math.hypot(mfps.get(i).ratioError(), mfps.get(0).ratioError());
            assertThat(Math.abs(d)).isLessThan(4 * e);
        }
    }

    @Test
    void transparentPatchesGiveMuchLongerMeanFreePath() throws InterruptedException {
        SimulationResult r = Simulator.run(patchy(0.01, 1e-2, 200, 500, 3, 2), Simulator.Progress.NONE);
        System.out.printf("transparent: mfp ratio %.3g, trapping ratio %.3f%n", r.meanFreePath().ratio(), r.trappingTime().ratio());
        assertThat(r.meanFreePath().ratio()).isGreaterThan(10);
        assertThat(RegimeMap.Regime.of(r.opticalDepth(), 1e-2)).isEqualTo(RegimeMap.Regime.TRANSPARENT);
        // ballistic crossing: flux-weighted mean 2 ℓ_S/v
        assertThat(r.trappingTime().ratio()).isCloseTo(2, within(0.5));
    }

    @Test
    void trappingDominatedCaseIsFlaggedAndTrapsForLongerThanTheFreeFlight() throws InterruptedException {
        double tau = 30;
        double f = 0.1;
        SimulationResult r = Simulator.run(patchy(tau, f, 50, 2000, 5, 2), Simulator.Progress.NONE);
        Measurement trap = r.trappingTime();
        System.out.printf("trapping: Δt ratio %.4f ± %.4f, mfp ratio %.4f%n", trap.ratio(), trap.ratioError(), r.meanFreePath().ratio());
        assertThat(RegimeMap.Regime.of(r.opticalDepth(), f)).isEqualTo(RegimeMap.Regime.TRAPPING);
        assertThat(trap.expected()).isCloseTo(LS_CM / V * tau, within(1e-6 * trap.expected()));
        // exact 1-D value: ½ (ℓ_S/v)² ν_s (conditioned first passage), up to O(1/τ_s) boundary-layer corrections
        assertThat(trap.ratio()).isCloseTo(0.5, within(0.08));
        assertThat(trap.value()).isGreaterThan(r.meanFreePath().expected() / V);
    }

    @Test
    void sameSeedGivesIdenticalResultsAtOneAndTwoThreads() throws InterruptedException {
        SimulationSetup s = patchy(3, 0.05, 20, 3000, 42, 1);
        SimulationResult one = Simulator.run(s, Simulator.Progress.NONE);
        SimulationResult two = Simulator.run(s.withThreads(2), Simulator.Progress.NONE);
        assertThat(two.kappaParallel()).isEqualTo(one.kappaParallel());
        assertThat(two.meanFreePath()).isEqualTo(one.meanFreePath());
        assertThat(two.trappingTime()).isEqualTo(one.trappingTime());
        assertThat(two.fractionInside()).isEqualTo(one.fractionInside());
        assertThat(two.scatteringEvents()).isEqualTo(one.scatteringEvents());
        for (int j = 0; j < one.meanSquareDisplacement().size(); j++) {
            assertThat(two.meanSquareDisplacement().get(j)).containsExactly(one.meanSquareDisplacement().get(j));
        }
        SimulationResult other = Simulator.run(new SimulationSetup(s.patches(), T_GEV, Species.PROTON, 3000,
                s.durationS(), 43, 2), Simulator.Progress.NONE);
        assertThat(other.meanFreePath().value()).isNotEqualTo(one.meanFreePath().value());
    }

    @Test
    void progressIsReportedUpToTheTotal() throws InterruptedException {
        AtomicLong max = new AtomicLong();
        Simulator.run(patchy(3, 0.05, 5, 5000, 1, 2), new Simulator.Progress() {
            @Override
            public void done(long particlesDone, long total) {
                assertThat(total).isEqualTo(5000);
                max.accumulateAndGet(particlesDone, Math::max);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(max.get()).isEqualTo(5000);
    }

    @Test
    void cancelStopsTheRunWithInterruptedException() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong reports = new AtomicLong();
        Simulator.Progress p = new Simulator.Progress() {
            @Override
            public void done(long particlesDone, long total) {
                reports.incrementAndGet();
                cancel.set(true);
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        long start = System.nanoTime();
        // ~10⁹ events if it ran to the end
        assertThatThrownBy(() -> Simulator.run(patchy(30, 1e-3, 300, 100_000, 1, 2), p))
                .isInstanceOf(InterruptedException.class).hasMessageContaining("cancelled");
        assertThat((System.nanoTime() - start) * 1e-9).isLessThan(5);
        assertThatThrownBy(() -> Simulator.run(patchy(3, 0.05, 5, 100, 1, 1), new Simulator.Progress() {
            @Override
            public void done(long particlesDone, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        })).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aLongParticleIsCancelledFromAnotherThreadPromptly() {
        // two particles of ≈ 3·10⁹ re-draws each (minutes): cancellation must not wait for a particle to finish
        SimulationSetup s = patchy(1e4, 1e-2, 3e5, 2, 1, 2);
        assertThat(SimulationCost.of(s).scatteringEvents()).isGreaterThan(2e9);
        AtomicBoolean cancel = new AtomicBoolean();
        Simulator.Progress p = new Simulator.Progress() {
            @Override
            public void done(long particlesDone, long total) {
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        canceller.start();
        // a hang guard, not a benchmark: the run stops within 2¹⁶ steps of the flag
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> Simulator.run(s, p))
                .isInstanceOf(InterruptedException.class).hasMessageContaining("cancelled"));
    }

    @Test
    void interruptingTheCallingThreadStopsTheRun() {
        SimulationSetup s = patchy(1e4, 1e-2, 3e5, 2, 1, 2);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Thread caller = Thread.currentThread();
            Thread interrupter = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                caller.interrupt();
            });
            interrupter.start();
            assertThatThrownBy(() -> Simulator.run(s, Simulator.Progress.NONE)).isInstanceOf(InterruptedException.class);
            interrupter.join();
        });
    }

    @Test
    void countsPatchEdgeCrossings() throws InterruptedException {
        SimulationResult patchy = Simulator.run(patchy(0.1, 1e-2, 20, 200, 2, 2), Simulator.Progress.NONE);
        // 20 mean spacings per particle, one crossing per spacing (see SimulationCost)
        assertThat(patchy.boundaryCrossings()).isBetween(3000L, 5000L);
        SimulationResult continuous = Simulator.run(new SimulationSetup(PatchPopulation.continuous(1e-9), T_GEV, Species.PROTON,
                100, 100 / 1e-9, 2, 2), Simulator.Progress.NONE);
        assertThat(continuous.boundaryCrossings()).isZero();
    }

    @Test
    void validationMessagesNameTheQuantity() {
        assertThatThrownBy(() -> new PatchPopulation(0, 0.1, 1, 0)).hasMessageContaining("ℓ_S");
        assertThatThrownBy(() -> new PatchPopulation(1, 0, 1, 0)).hasMessageContaining("f_V");
        assertThatThrownBy(() -> new PatchPopulation(1, 1.5, 1, 0)).hasMessageContaining("f_V");
        assertThatThrownBy(() -> new PatchPopulation(1, 1, 1, 0)).hasMessageContaining("continuous");
        assertThatThrownBy(() -> new PatchPopulation(1, Double.NaN, 1, 0)).hasMessageContaining("f_V");
        assertThatThrownBy(() -> new PatchPopulation(1, 0.1, 0, 0)).hasMessageContaining("ν_s");
        assertThatThrownBy(() -> new PatchPopulation(1, 0.1, 1, -1)).hasMessageContaining("ν_bg");
        assertThatThrownBy(() -> PatchPopulation.continuous(-1)).hasMessageContaining("ν_s");
        assertThat(PatchPopulation.continuous(2).isContinuous()).isTrue();
        PatchPopulation p = new PatchPopulation(1, 0.1, 1, 0);
        assertThat(p.isContinuous()).isFalse();
        assertThatThrownBy(() -> new SimulationSetup(p, 1, Species.PROTON, 0, 1, 0, 1)).hasMessageContaining("particles");
        assertThatThrownBy(() -> new SimulationSetup(p, 1, Species.PROTON, 10_000_001, 1, 0, 1)).hasMessageContaining("particles");
        assertThatThrownBy(() -> new SimulationSetup(p, 1, Species.PROTON, 10, 0, 0, 1)).hasMessageContaining("duration");
        assertThatThrownBy(() -> new SimulationSetup(p, 1, Species.PROTON, 10, 1, 0, 0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new SimulationSetup(p, 1, Species.PROTON, 10, 1, 0, 65)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new SimulationSetup(p, -1, Species.PROTON, 10, 1, 0, 1)).hasMessageContaining("GeV");
        assertThatThrownBy(() -> new SimulationSetup(null, 1, Species.PROTON, 10, 1, 0, 1)).hasMessageContaining("patches");
    }

    @Test
    void measurementRatio() {
        Measurement m = new Measurement("x", "cm", 3, 0.3, 2);
        assertThat(m.ratio()).isEqualTo(1.5);
        assertThat(m.ratioError()).isCloseTo(0.15, within(1e-12));
    }
}

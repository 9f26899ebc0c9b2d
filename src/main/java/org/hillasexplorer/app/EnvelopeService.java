package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.figure.Shading;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * The envelopes of both planes and the robust verdict of every catalogue entry and population for the state now,
 * computed off the FX thread whenever the scenario, what is uncertain, the catalogues or the populations change.
 *
 * <p>Latest request wins: each request has a generation number, and a job whose request is no longer the latest is
 * skipped before it starts and its result dropped when it ends, so a drag never queues up stale work and a slow
 * result never overwrites a newer one. While a gesture is under way (a handle or slider drag, an animation) a job is
 * rough: at most {@link #DRAG_SAMPLES} samples on a {@link #DRAG_CELLS}² grid, envelopes only (the robust verdicts
 * shown stay those of the last full job until the gesture ends); when it ends the full {@link UncertaintySpec#samples()}
 * on the default grid, with the verdicts, are computed. The exact band never waits for this: the plots draw it at once
 * and the shading follows.
 */
final class EnvelopeService {
    /** The sample count while a gesture is under way (enough to see the envelope move, a few ms of work). */
    static final int DRAG_SAMPLES = 64;
    /** The envelope grid (cells per axis) while a gesture is under way. */
    static final int DRAG_CELLS = 128;

    /** One candidate judged over the distribution: a catalogue entry's box, or a population on a plane. */
    record Candidate(String id, String label, Plane plane, Optional<CandidateBox> box, Optional<Population> population) {
        Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(plane, "plane");
            if (box.isPresent() == population.isPresent()) {
                throw new IllegalArgumentException("a candidate is a box or a population");
            }
        }
    }

    /** What one job computes: a frozen copy of the state's inputs. */
    record Request(long generation, Scenario scenario, UncertaintySpec spec, int samples, boolean rough, List<Candidate> entries,
                   List<Candidate> populations) {
        Request {
            entries = List.copyOf(entries);
            populations = List.copyOf(populations);
        }
    }

    /**
     * What a job found.
     *
     * @param generation  the request's generation
     * @param scenario    the scenario it was computed for (its exact bands)
     * @param spec        what was uncertain
     * @param shading     the envelopes of both planes ({@link Shading#NONE} when nothing is uncertain)
     * @param entries     robust verdict per catalogue entry id (on the entry's first plane with a box)
     * @param populations robust verdict per population id (on the n_s plane)
     * @param rough       whether it is a gesture's quick envelope (its verdicts are those of the last full job)
     * @param millis      how long the job took [ms]
     */
    record Result(long generation, Scenario scenario, UncertaintySpec spec, Shading shading, Map<String, RobustVerdict> entries,
                  Map<String, RobustVerdict> populations, boolean rough, double millis) {
        Result {
            entries = Map.copyOf(entries);
            populations = Map.copyOf(populations);
        }

        /** The number of samples behind it (0: nothing uncertain). */
        int samples() {
            return shading.samples();
        }

        boolean isNone() {
            return shading.isNone();
        }
    }

    private final ExplorerModel model;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final ReadOnlyObjectWrapper<Result> result;
    private int requestedSamples;

    /**
     * A service over {@code model} that runs its jobs on {@code background} and hands results to {@code fx} (the FX
     * thread); it requests at once and whenever its inputs change. Call only on the FX thread.
     */
    EnvelopeService(ExplorerModel model, Executor background, Executor fx) {
        this.model = Objects.requireNonNull(model, "model");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        result = new ReadOnlyObjectWrapper<>(this, "result", none(0, model.scenario()));
        model.scenarioProperty().addListener((o, a, b) -> request());
        model.uncertaintyProperty().addListener((o, a, b) -> request());
        model.populationsProperty().addListener((o, a, b) -> request());
        model.catalogs().addListener((ListChangeListener<Catalog>) c -> request());
        model.gestureUnderWayProperty().addListener((o, was, is) -> {
            if (!is && requestedSamples < model.uncertainty().samples() && !model.uncertainty().isNone()) {
                request(); // the drag is over: now the full count
            }
        });
        request();
    }

    /** A service with its own daemon worker thread, delivering on the FX thread. */
    static EnvelopeService start(ExplorerModel model) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hillas-envelopes");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        return new EnvelopeService(model, worker, Platform::runLater);
    }

    /** The latest result delivered (on the FX thread). */
    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    Result result() {
        return result.get();
    }

    /** The shading of the latest result. */
    Shading shading() {
        return result.get().shading();
    }

    /** How many results were dropped (skipped before they began, or superseded before they were delivered). */
    long dropped() {
        return dropped.get();
    }

    /** The sample count a job uses while a gesture is under way, or not. */
    static int samplesFor(UncertaintySpec spec, boolean dragging) {
        return dragging ? Math.min(DRAG_SAMPLES, spec.samples()) : spec.samples();
    }

    /**
     * Asks for the state now to be computed: at once (on this thread) when nothing is uncertain, else as a
     * background job that supersedes every earlier one.
     */
    void request() {
        long generation = latest.incrementAndGet();
        UncertaintySpec spec = model.uncertainty();
        if (spec.isNone()) {
            requestedSamples = 0;
            result.set(none(generation, model.scenario()));
            return;
        }
        boolean rough = model.inGesture();
        int n = samplesFor(spec, rough);
        requestedSamples = n;
        Request r = new Request(generation, model.scenario(), spec, n, rough, rough ? List.of() : entries(model.catalogs()),
                rough ? List.of() : populations(model.populations()));
        background.execute(() -> run(r));
    }

    /**
     * The shading of the state now at the full sample count: the latest result if it is that, else computed on this
     * thread (for exports, which must show exactly what the state says, not a drag's rough envelope).
     */
    Shading current() {
        UncertaintySpec spec = model.uncertainty();
        if (spec.isNone()) {
            return Shading.NONE;
        }
        Result r = result.get();
        if (!r.rough() && r.scenario().equals(model.scenario()) && r.spec().equals(spec) && r.samples() == spec.samples()) {
            return r.shading();
        }
        return shading(spec.distribution(model.scenario()).sample(spec.samples()), spec, Envelope.DEFAULT_CELLS);
    }

    private void run(Request r) {
        if (r.generation() != latest.get()) {
            dropped.incrementAndGet(); // superseded before it began
            return;
        }
        Result done = compute(r);
        if (r.generation() != latest.get()) {
            dropped.incrementAndGet();
            return;
        }
        fx.execute(() -> {
            if (r.generation() == latest.get()) {
                Result before = result.get();
                result.set(!r.rough() ? done : new Result(done.generation(), done.scenario(), done.spec(), done.shading(),
                        before.entries(), before.populations(), true, done.millis()));
            } else {
                dropped.incrementAndGet();
            }
        });
    }

    /** The envelopes and verdicts of {@code r} (any thread; pure). */
    static Result compute(Request r) {
        long t0 = System.nanoTime();
        ParameterDistribution.Samples samples = r.spec().distribution(r.scenario()).sample(r.samples());
        Shading shading = shading(samples, r.spec(), r.rough() ? DRAG_CELLS : Envelope.DEFAULT_CELLS);
        Map<String, RobustVerdict> entries = new LinkedHashMap<>();
        for (Candidate c : r.entries()) {
            entries.put(c.id(), Robustness.ofBox(c.id(), c.label(), c.box().orElseThrow(), samples));
        }
        Map<String, RobustVerdict> populations = new LinkedHashMap<>();
        for (Candidate c : r.populations()) {
            populations.put(c.id(), Robustness.ofPopulation(c.population().orElseThrow(), c.plane(), samples));
        }
        return new Result(r.generation(), r.scenario(), r.spec(), shading, entries, populations, r.rough(),
                (System.nanoTime() - t0) * 1e-6);
    }

    /** The envelopes of every class on both planes from {@code samples} on a {@code cells}² grid, described for the legend. */
    static Shading shading(ParameterDistribution.Samples samples, UncertaintySpec spec, int cells) {
        return Shading.of(samples, spec, List.of(Plane.values()), cells);
    }

    /** Each catalogue entry on its first plane with a box (as the catalogue's verdict line). */
    static List<Candidate> entries(List<Catalog> catalogs) {
        List<Candidate> out = new ArrayList<>();
        for (Catalog c : catalogs) {
            for (CatalogEntry e : c.entries()) {
                CatalogueViewModel.firstBox(e).ifPresent(b -> out.add(new Candidate(e.id(), e.label(), b.plane(),
                        Optional.of(b), Optional.empty())));
            }
        }
        return out;
    }

    /** Each population on the n_s plane (as the populations' verdict line). */
    static List<Candidate> populations(List<Population> populations) {
        return populations.stream().map(p -> new Candidate(p.id(), p.label(), Plane.NUMBER_DENSITY, Optional.empty(),
                Optional.of(p))).toList();
    }

    private static Result none(long generation, Scenario s) {
        return new Result(generation, s, UncertaintySpec.NONE, Shading.NONE, Map.of(), Map.of(), false, 0);
    }
}

package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The autosave logic without a window: debounce on a manual clock, atomic files, markers, crashes, damaged files. */
class AutosaveTest {
    @TempDir
    Path dir;

    /** A clock and timer whose time moves only when the test says so. */
    static final class ManualTime extends Clock implements Autosave.Timer {
        private Instant now = Instant.parse("2025-03-01T12:00:00Z");
        private final List<Task> tasks = new ArrayList<>();

        private static final class Task {
            final Instant due;
            final Runnable run;
            boolean cancelled;

            Task(Instant due, Runnable run) {
                this.due = due;
                this.run = run;
            }
        }

        @Override
        public synchronized Runnable schedule(Duration delay, Runnable task) {
            Task t = new Task(now.plus(delay), task);
            tasks.add(t);
            return () -> t.cancelled = true;
        }

        /** Moves time on by {@code d}, running the tasks that fall due on the way, in order. */
        void advance(Duration d) {
            Instant target = now.plus(d);
            while (true) {
                Task next = null;
                synchronized (this) {
                    for (Task t : tasks) {
                        if (!t.cancelled && !t.due.isAfter(target) && (next == null || t.due.isBefore(next.due))) {
                            next = t;
                        }
                    }
                    if (next == null) {
                        now = target;
                        tasks.removeIf(t -> t.cancelled);
                        return;
                    }
                    tasks.remove(next);
                    now = next.due;
                }
                next.run.run();
            }
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }
    }

    private final ManualTime time = new ManualTime();
    /** Process ids the fake liveness says are running. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private Autosave process(long pid) {
        running.add(pid);
        return new Autosave(dir, pid, Instant.parse("2025-03-01T11:00:00Z"), time, time, (p, started) -> running.contains(p),
                problems::add);
    }

    private static ExplorerState withB(double microGauss) {
        return ExplorerState.defaults().withScenario(Scenario.defaults().with(Parameters.B_MICROGAUSS, microGauss));
    }

    private static Autosave.Snapshot snap(ExplorerState s) {
        return new Autosave.Snapshot(s, null);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Processes 1 and 2 run at the same time with these states saved at these times, and both are killed. */
    private void bothKilled(ExplorerState first, String firstSaved, ExplorerState second, String secondSaved) throws IOException {
        Autosave a = process(1);
        Autosave b = process(2);
        a.start();
        b.start();
        a.changed(snap(first));
        b.changed(snap(second));
        time.advance(Autosave.QUIET);
        Files.setLastModifiedTime(a.file(), FileTime.from(Instant.parse(firstSaved)));
        Files.setLastModifiedTime(b.file(), FileTime.from(Instant.parse(secondSaved)));
        running.removeAll(Set.of(1L, 2L));
    }

    /** Process {@code pid} starts, changes B and is killed (its files stay as they were). */
    private void crashWith(long pid, ExplorerState state, Path editing) throws IOException {
        Autosave a = process(pid);
        a.start();
        a.changed(new Autosave.Snapshot(state, editing));
        a.flush();
        running.remove(pid);
    }

    // ------------------------------------------------------------------------------------------------ debounce

    @Test
    void aSliderDragIsWrittenOnceAQuietMomentAfterItsLastPulse() throws IOException {
        Autosave a = process(100);
        a.start();
        for (int i = 0; i < 60; i++) { // one second of pulses at 60 Hz
            a.changed(snap(withB(3.0 + i)));
            time.advance(Duration.ofMillis(16));
        }
        assertThat(a.writes()).isZero();
        assertThat(a.file()).doesNotExist();
        time.advance(Autosave.QUIET.minusMillis(20));
        assertThat(a.writes()).isZero();
        time.advance(Duration.ofMillis(20));
        assertThat(a.writes()).isEqualTo(1);
        assertThat(ScenarioFile.read(a.file())).isEqualTo(withB(62.0));
        time.advance(Duration.ofMinutes(1));
        assertThat(a.writes()).isEqualTo(1);
    }

    @Test
    void changesThatNeverPauseAreStillWrittenWithinTheMaximumWait() {
        Autosave a = process(100);
        assertThatStarted(a);
        for (int i = 0; i < 250; i++) { // 25 s of an animation, a change every 100 ms
            a.changed(snap(withB(1.0 + i)));
            time.advance(Duration.ofMillis(100));
            if (i == 99) { // 10 s in
                assertThat(a.writes()).isEqualTo(1);
            }
        }
        assertThat(a.writes()).isBetween(2, 3);
        time.advance(Autosave.QUIET);
        assertThat(ScenarioFile.read(a.file())).isEqualTo(withB(250.0));
    }

    @Test
    void aChangeBackToWhatIsOnDiskIsNotWrittenAgain() {
        Autosave a = process(100);
        assertThatStarted(a);
        a.changed(snap(withB(10)));
        a.flush();
        a.changed(snap(withB(20)));
        a.changed(snap(withB(10)));
        time.advance(Autosave.QUIET);
        assertThat(a.writes()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ files

    @Test
    void theMarkerNamesTheProcessAndACleanExitRemovesEveryFileOfIt() throws IOException {
        Autosave a = process(4242);
        a.start();
        assertThat(names()).containsExactly("session-4242.running");
        assertThat(Files.readString(a.marker())).contains("pid=4242", "process-start=2025-03-01T11\\:00\\:00Z");
        a.changed(new Autosave.Snapshot(withB(30), dir.resolve("mine.json")));
        a.flush();
        assertThat(names()).containsExactly("session-4242.json", "session-4242.running"); // no temporary file left
        assertThat(Files.readString(a.marker())).contains("mine.json");
        assertThat(Files.readString(a.file())).isEqualTo(ScenarioFile.toJson(withB(30)));
        a.changed(snap(withB(40)));
        a.close();
        time.advance(Duration.ofMinutes(1)); // the pending change is dropped, not written after the files went
        a.changed(snap(withB(50)));
        a.flush();
        assertThat(names()).isEmpty();
        a.close(); // twice is fine
    }

    @Test
    void aFailingWriteIsReportedOnceAndTheAppCarriesOn() throws IOException {
        Autosave a = process(7);
        a.start();
        Files.createDirectory(a.file()); // the autosave path is taken by a folder: every write fails
        a.changed(snap(withB(10)));
        a.flush();
        a.changed(snap(withB(11)));
        a.flush();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("Autosave failed: ").contains("session-7.json", "directory");
        assertThat(a.writes()).isZero();
        Files.delete(a.file());
        a.changed(snap(withB(12)));
        a.flush();
        assertThat(ScenarioFile.read(a.file())).isEqualTo(withB(12));
    }

    @Test
    void aFolderThatCannotBeCreatedStopsOnlyTheAutosave() throws IOException {
        Path blocked = dir.resolve("file");
        Files.writeString(blocked, "x");
        Autosave a = new Autosave(blocked.resolve("autosave"), 1, null, time, time, (p, s) -> false, problems::add);
        assertThatThrownBy(a::start).isInstanceOf(IOException.class);
    }

    // ------------------------------------------------------------------------------------------------ unclean exit

    @Test
    void theWorkOfAKilledProcessIsOfferedBackAndGoesOnceRestoredAndWritten() throws IOException {
        Path editing = Files.writeString(dir.resolve("scenario.json"), ScenarioFile.toJson(withB(5)));
        crashWith(1001, withB(30), editing);
        Instant saved = Files.getLastModifiedTime(dir.resolve("session-1001.json")).toInstant();

        Autosave b = process(1002);
        Autosave.Startup st = b.start();
        assertThat(st.problems()).isEmpty();
        assertThat(st.recovery()).isPresent();
        Autosave.Recovery r = st.recovery().get();
        assertThat(r.state()).isEqualTo(withB(30));
        assertThat(r.file()).isEqualTo(editing);
        assertThat(r.savedAt()).isEqualTo(saved);
        assertThat(r.olderKeptAside()).isZero();
        // the dead marker is gone; the work is now this process's, and its marker remembers the file
        assertThat(names()).containsExactly("recovered-1002.json", "scenario.json", "session-1002.running");
        assertThat(Files.readString(b.marker())).contains("scenario.json");

        b.restored();
        b.changed(new Autosave.Snapshot(withB(30), editing));
        time.advance(Autosave.QUIET);
        assertThat(names()).containsExactly("scenario.json", "session-1002.json", "session-1002.running");
        assertThat(ScenarioFile.read(b.file())).isEqualTo(withB(30));
    }

    @Test
    void workTakenOverButNotYetDecidedSurvivesTheNextKill() throws IOException {
        crashWith(1, withB(30), null);
        Autosave b = process(2);
        assertThat(b.start().recovery()).isPresent();
        running.remove(2L); // killed while the restore dialog was up
        Autosave.Startup st = process(3).start();
        assertThat(st.recovery()).map(Autosave.Recovery::state).contains(withB(30));
        assertThat(names()).containsExactly("recovered-3.json", "session-3.running");
    }

    @Test
    void discardingKeepsTheWorkAsideAndOnlyTheLastFew() throws IOException {
        for (int i = 0; i < AutosaveFiles.KEEP_ASIDE + 2; i++) {
            crashWith(10 + i, withB(10 + i), null);
            Files.setLastModifiedTime(dir.resolve("session-" + (10 + i) + ".json"),
                    FileTime.from(Instant.parse("2025-03-01T08:00:00Z").plus(Duration.ofMinutes(i))));
            Autosave next = process(100 + i);
            assertThat(next.start().recovery()).map(Autosave.Recovery::state).contains(withB(10 + i));
            Path aside = next.discard();
            assertThat(aside.getFileName().toString()).isEqualTo(String.format("autosave-20250301-08%02d00.json", i));
            assertThat(ScenarioFile.read(aside)).isEqualTo(withB(10 + i)); // a scenario file the user can open
            next.close();
        }
        List<String> kept = names();
        assertThat(kept).hasSize(AutosaveFiles.KEEP_ASIDE).allMatch(n -> n.startsWith("autosave-20250301-08"));
        assertThat(kept).doesNotContain("autosave-20250301-080000.json", "autosave-20250301-080100.json");
    }

    @Test
    void aRunningProcessKeepsItsOwnFilesAndTwoProcessesNeverWriteTheSameFile() throws IOException {
        Autosave a = process(1);
        Autosave b = process(2);
        a.start();
        assertThat(b.start().recovery()).isEmpty(); // 1 is running: its marker is not an unclean exit
        a.changed(snap(withB(10)));
        b.changed(snap(withB(20)));
        time.advance(Autosave.QUIET);
        assertThat(ScenarioFile.read(a.file())).isEqualTo(withB(10));
        assertThat(ScenarioFile.read(b.file())).isEqualTo(withB(20));
        Autosave c = process(3);
        assertThat(c.start().recovery()).isEmpty();
        a.close();
        assertThat(names()).containsExactly("session-2.json", "session-2.running", "session-3.running");
    }

    @Test
    void whenTwoProcessesStartTogetherOnlyOneTakesTheWork() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path d = Files.createDirectory(dir.resolve("round" + round));
            Autosave dead = new Autosave(d, 1, null, time, time, (p, s) -> false, problems::add);
            dead.start();
            dead.changed(snap(withB(30)));
            dead.flush();
            List<Autosave.Startup> results = new CopyOnWriteArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (long pid : new long[] {2, 3}) {
                Autosave s = new Autosave(d, pid, null, time, time, (p, x) -> p == 2 || p == 3, problems::add);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        results.add(s.start());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                t.start();
                threads.add(t);
            }
            go.countDown();
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(results).hasSize(2);
            assertThat(results.stream().filter(r -> r.recovery().isPresent()).count()).as("round %d", round).isEqualTo(1);
            assertThat(results).allMatch(r -> r.problems().isEmpty());
        }
    }

    @Test
    void theNewestWorkIsOfferedAndOlderWorkOfDeadProcessesIsKeptAside() throws IOException {
        bothKilled(withB(10), "2025-03-01T09:00:00Z", withB(20), "2025-03-01T10:00:00Z");
        Autosave.Recovery r = process(3).start().recovery().orElseThrow();
        assertThat(r.state()).isEqualTo(withB(20));
        assertThat(r.olderKeptAside()).isEqualTo(1);
        assertThat(ScenarioFile.read(dir.resolve("autosave-20250301-090000.json"))).isEqualTo(withB(10));
        assertThat(names()).containsExactly("autosave-20250301-090000.json", "recovered-3.json", "session-3.running");
    }

    @Test
    void anAutosaveAtTheDefaultsIsNotOfferedAndGoes() throws IOException {
        crashWith(1, withB(30).withScenario(Scenario.defaults()), null);
        Autosave.Startup st = process(2).start();
        assertThat(st.recovery()).isEmpty();
        assertThat(st.problems()).isEmpty();
        assertThat(names()).containsExactly("session-2.running");
    }

    @Test
    void aKilledProcessThatNeverChangedAnythingLeavesOnlyItsMarkerWhichTheNextStartRemoves() throws IOException {
        Autosave a = process(1);
        a.start();
        running.remove(1L);
        assertThat(process(2).start().recovery()).isEmpty();
        assertThat(names()).containsExactly("session-2.running");
    }

    @Test
    void theTemporaryFilesOfAWriteKilledWithItsProcessGoAtTheNextStartButNotThoseOfALiveOne() throws IOException {
        crashWith(1, withB(30), null);
        running.add(3L); // a live window, busy writing
        // process 1 was killed while rewriting its marker and its autosave; process 3 is writing right now
        Path deadMarker = Files.writeString(dir.resolve(".session-1.running.0123456789abcdef.tmp"), "pid=1");
        Path deadWork = Files.writeString(dir.resolve(".session-1.json.fedcba9876543210.tmp"), "{");
        Path liveWork = Files.writeString(dir.resolve(".session-3.json.00112233445566ff.tmp"), "{");
        Path notOurs = Files.writeString(dir.resolve(".session-1.json.tmp"), "someone else's"); // not AtomicFiles' pattern
        assertThat(process(2).start().recovery()).isPresent();
        assertThat(deadMarker).doesNotExist();
        assertThat(deadWork).doesNotExist();
        assertThat(liveWork).as("a live process may still be writing it").exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aMarkerWithThisProcesssOwnIdIsALeftoverOfAnEarlierProcess() throws IOException {
        // after a reboot the id can come back: the earlier process's marker and work are an unclean exit
        crashWith(77, withB(30).withLayout(Layout.STACKED), null);
        Autosave again = process(77);
        Autosave.Recovery r = again.start().recovery().orElseThrow();
        assertThat(r.state().layout()).isEqualTo(Layout.STACKED);
        assertThat(names()).containsExactly("recovered-77.json", "session-77.running");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "empty", "binary", "truncated", "wrong-field", "directory", "too-big"})
    void aDamagedAutosaveIsSetAsideWithAMessageNamingTheFileAndTheProblem(String damage) throws IOException {
        crashWith(5, withB(30), null);
        Path f = dir.resolve("session-5.json");
        String good = Files.readString(f);
        switch (damage) {
            case "garbage" -> Files.writeString(f, "this is not JSON {");
            case "empty" -> Files.writeString(f, "");
            case "binary" -> Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe});
            case "truncated" -> Files.writeString(f, good.substring(0, good.length() / 2));
            case "wrong-field" -> Files.writeString(f, good.replace("\"layout\"", "\"layuot\""));
            case "directory" -> {
                Files.delete(f);
                Files.createDirectory(f);
            }
            case "too-big" -> Files.write(f, new byte[(int) ScenarioFile.MAX_BYTES + 10]);
            default -> throw new IllegalArgumentException(damage);
        }
        Autosave.Startup st = process(6).start();
        assertThat(st.recovery()).isEmpty();
        assertThat(st.problems()).hasSize(1);
        String message = st.problems().get(0);
        assertThat(message).contains("session-5.json", "could not be read", "set aside as");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> aside = s.filter(p -> p.getFileName().toString().endsWith(".damaged.json")).toList();
            assertThat(aside).hasSize(1);
            assertThat(message).contains(aside.get(0).toString());
        }
        assertThat(f).doesNotExist();
        assertThat(process(7).start().problems()).isEmpty(); // told once, not at every start
    }

    @Test
    void aDamagedAutosaveDoesNotHideAnOlderGoodOne() throws IOException {
        bothKilled(withB(10), "2025-03-01T09:00:00Z", withB(20), "2025-03-01T10:00:00Z");
        Files.writeString(dir.resolve("session-2.json"), "{\"format\": \"hillas-explorer-scenario\", \"version\": 99}");
        Autosave.Startup st = process(3).start();
        assertThat(st.problems()).singleElement().asString().contains("session-2.json");
        assertThat(st.recovery()).map(Autosave.Recovery::state).contains(withB(10));
    }

    @Test
    void aDamagedMarkerOrAStrangeFileInTheFolderDoesNotStopTheStart() throws IOException {
        crashWith(1, withB(30), null);
        Files.write(dir.resolve("session-1.running"), new byte[] {0, 1, 2, (byte) 0xff, '\\', 'u', 'Z'});
        Files.writeString(dir.resolve("session-abc.running"), "pid=abc");
        Files.writeString(dir.resolve("session-99999999999999999999.json"), "{}");
        Files.createDirectory(dir.resolve("session-8.running"));
        Files.writeString(dir.resolve("session-8.running").resolve("inside"), "a marker that cannot be deleted");
        Autosave.Startup st = process(2).start();
        assertThat(st.recovery()).map(Autosave.Recovery::state).contains(withB(30));
        assertThat(st.problems()).isEmpty();
    }

    @Test
    void aFifoInPlaceOfTheAutosaveIsSetAsideWithoutBlocking() throws Exception {
        crashWith(1, withB(30), null);
        Path f = dir.resolve("session-1.json");
        Files.delete(f);
        Process mkfifo = new ProcessBuilder("mkfifo", f.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo is available");
        Autosave.Startup st = process(2).start();
        assertThat(st.problems()).singleElement().asString().contains("session-1.json", "not a regular file");
        assertThat(f).doesNotExist();
    }

    private void assertThatStarted(Autosave a) {
        try {
            assertThat(a.start().recovery()).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theMarkerIsTextTheUserCanRead() throws IOException {
        Autosave a = process(9);
        a.start();
        String text = Files.readString(a.marker(), StandardCharsets.UTF_8);
        assertThat(text).contains("Hillas Explorer is running", "pid=9");
    }
}

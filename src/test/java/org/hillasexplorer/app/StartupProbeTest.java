package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cold-start probe reports once, when every shown plot has been painted, with times in order. */
class StartupProbeTest extends WindowTestBase {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        open(stage);
        // before the window's first pulse: we are still in the runnable that showed it
        StartupProbe.install(stage.getScene(), lines::add);
    }

    @Test
    void reportsOnceWhenBothPlanesArePainted() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lines.isEmpty());
        Matcher m = Pattern.compile("hillas startup: plots painted (\\d+) ms after process start \\(([^;]*); scene made at (\\d+) ms, "
                + "first pulse at (\\d+) ms\\)").matcher(lines.get(0));
        assertThat(m.matches()).as(lines.get(0)).isTrue();
        assertThat(m.group(2).split(", ")).contains("chart-ns", "chart-fv");
        long painted = Long.parseLong(m.group(1));
        long scene = Long.parseLong(m.group(3));
        long firstPulse = Long.parseLong(m.group(4));
        assertThat(scene).isPositive().isLessThanOrEqualTo(firstPulse);
        assertThat(firstPulse).isLessThanOrEqualTo(painted);
        // later pulses (a relayout) do not report again
        fx(() -> window.plotsModel().rigidityViewProperty().set(true));
        for (int i = 0; i < 5; i++) {
            fx(Platform::requestNextPulse);
        }
        assertThat(lines).hasSize(1);
    }

    @Test
    void installIfRequestedDoesNothingWithoutTheProperty() {
        assertThat(Boolean.getBoolean(StartupProbe.PROPERTY)).isFalse();
        fx(() -> StartupProbe.installIfRequested(window.root().getScene()));
        assertThat(lines).hasSizeLessThanOrEqualTo(1);
    }
}

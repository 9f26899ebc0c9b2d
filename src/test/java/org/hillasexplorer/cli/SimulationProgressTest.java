package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.junit.jupiter.api.Test;

/** The progress line of {@code simulate}: percentage, events done and time left; the tenths off a terminal. */
class SimulationProgressTest {

    @Test
    void terminalLineShowsPercentEventsAndTimeLeftAndIsWipedOnClose() {
        StringWriter text = new StringWriter();
        AtomicBoolean cancel = new AtomicBoolean();
        // 6e9 events on 2 threads at 3e7 per thread: 100 s
        SimulationProgress p = new SimulationProgress(new PrintWriter(text), "simulate", new SimulationCost(6e9, 0), 2, true, cancel);
        try {
            // before the first particle is done the time left comes from the estimate
            assertThat(p.line(40)).isEqualTo("simulate:   0 % · ≈ 0 of 6e9 events · 60 s left");
            p.done(25, 100);
            // then from the elapsed time: 25 % in 20 s, 60 s to go
            assertThat(p.line(20)).isEqualTo("simulate:  25 % · ≈ 1.5e9 of 6e9 events · 60 s left");
            p.done(100, 100);
            assertThat(p.line(120)).endsWith("100 % · ≈ 6e9 of 6e9 events · done");
            assertThat(cancel.get()).isFalse();
            cancel.set(true);
            assertThat(p.cancelled()).isTrue();
        } finally {
            p.close();
        }
        String out = text.toString();
        assertThat(out).startsWith("\r").doesNotContain("\n").contains("\rsimulate: 100 % · ");
        // the last line is overwritten with blanks and the cursor returned to the start
        assertThat(out).matches("(?s).*\\r +\\r");
        p.done(50, 100); // after close: nothing more
        assertThat(text.toString()).isEqualTo(out);
    }

    @Test
    void offATerminalEachTenthIsOneLine() {
        StringWriter text = new StringWriter();
        SimulationProgress p = new SimulationProgress(new PrintWriter(text), "regime map", new SimulationCost(1e6, 1e5), 2, false,
                new AtomicBoolean());
        for (int i = 1; i <= 20; i++) {
            p.done(i, 20);
        }
        p.close();
        assertThat(text.toString().lines()).containsExactly("regime map: 0 %", "regime map: 10 %", "regime map: 20 %",
                "regime map: 30 %", "regime map: 40 %", "regime map: 50 %", "regime map: 60 %", "regime map: 70 %",
                "regime map: 80 %", "regime map: 90 %", "regime map: 100 %");
    }
}

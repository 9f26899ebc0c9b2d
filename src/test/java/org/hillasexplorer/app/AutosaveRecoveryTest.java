package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whether the process of a marker is still running (the take-over itself is tested through {@link Autosave} in AutosaveTest). */
class AutosaveRecoveryTest {
    @Test
    void theRealLivenessCheckKnowsThisProcessADeadOneAndAReusedId() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElse(null);
        assertThat(AutosaveRecovery.processRunning(self.pid(), started)).isTrue();
        assertThat(AutosaveRecovery.processRunning(self.pid(), null)).isTrue();
        if (started != null) {
            assertThat(AutosaveRecovery.processRunning(self.pid(), started.minus(Duration.ofDays(3)))).isFalse();
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(AutosaveRecovery.processRunning(p.pid(), null)).isFalse();
    }
}

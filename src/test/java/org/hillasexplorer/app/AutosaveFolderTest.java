package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the autosave lives: the platform's per-user config folder, or the {@code hillas.config.dir} override. */
class AutosaveFolderTest {
    private static final String HOME = "/home/ada";

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(ConfigFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/xdg/hillas-explorer"));
        assertThat(ConfigFolder.resolve(null, "Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.config/hillas-explorer"));
        // the XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored
        assertThat(ConfigFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative/dir"), HOME))
                .isEqualTo(Path.of("/home/ada/.config/hillas-explorer"));
        assertThat(ConfigFolder.resolve(null, "FreeBSD", Map.of("XDG_CONFIG_HOME", " "), HOME))
                .isEqualTo(Path.of("/home/ada/.config/hillas-explorer"));
    }

    @Test
    void windowsUsesAppDataAndMacOsApplicationSupport() {
        assertThat(ConfigFolder.resolve(null, "Windows 11", Map.of("APPDATA", "/roaming"), HOME))
                .isEqualTo(Path.of("/roaming/hillas-explorer"));
        assertThat(ConfigFolder.resolve(null, "Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/hillas-explorer"));
        assertThat(ConfigFolder.resolve(null, "Mac OS X", Map.of("XDG_CONFIG_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/hillas-explorer"));
    }

    @Test
    void thePropertyOverridesEveryPlatform() {
        for (String os : new String[] {"Linux", "Windows 10", "Mac OS X"}) {
            assertThat(ConfigFolder.resolve("/tmp/cfg", os, Map.of("XDG_CONFIG_HOME", "/xdg", "APPDATA", "/ad"), HOME))
                    .isEqualTo(Path.of("/tmp/cfg"));
        }
        assertThat(ConfigFolder.resolve("", "Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.config/hillas-explorer"));
    }

    @Test
    void testsNeverUseTheRealHome() {
        // surefire sets the override (pom.xml), so nothing a test autosaves lands in the user's config folder
        Path folder = ConfigFolder.resolve();
        assertThat(System.getProperty(ConfigFolder.PROPERTY)).isNotBlank();
        assertThat(folder.startsWith(Path.of(System.getProperty("user.home"), ".config"))).isFalse();
    }
}

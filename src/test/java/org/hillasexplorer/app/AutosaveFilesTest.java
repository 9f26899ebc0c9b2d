package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The autosave folder's file format on its own (the files in use are tested through {@link Autosave} in AutosaveTest). */
class AutosaveFilesTest {
    @Test
    void setAsideFilesOfTheSameSecondKeepTheNewestByTheirCounter() {
        String s = ".json";
        assertThat(AutosaveFiles.asideOrder("autosave-20250301-080000-2.json", s))
                .isGreaterThan(AutosaveFiles.asideOrder("autosave-20250301-080000.json", s));
        assertThat(AutosaveFiles.asideOrder("autosave-20250301-080000-10.json", s))
                .isGreaterThan(AutosaveFiles.asideOrder("autosave-20250301-080000-9.json", s));
        assertThat(AutosaveFiles.asideOrder("autosave-20250301-080001.json", s))
                .isGreaterThan(AutosaveFiles.asideOrder("autosave-20250301-080000-9.json", s));
    }
}

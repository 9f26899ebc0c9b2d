package org.hillasexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Connects the main window to {@link Autosave}: every change of the saved state is handed over (the writing is
 * debounced and happens off the FX thread), and at start the work of a session that did not close normally is
 * offered back ("Restore" / "Discard"). Started by {@link HillasApp} only, so test windows never autosave unless a
 * test asks for it.
 *
 * <p>The system property {@value #RESTORE_PROPERTY} ({@code yes} or {@code no}) answers the restore question without
 * a dialog (for scripted and end-to-end tests); the answer is printed on standard error.
 */
final class AutosaveSession {
    /** Answers the restore question without a dialog: {@code yes} or {@code no}. */
    static final String RESTORE_PROPERTY = "hillas.autosave.restore";
    static final String RESTORE = "Restore";
    static final String DISCARD = "Discard";

    /** Whether to restore work a session that did not close normally left. */
    @FunctionalInterface
    interface Question {
        /** True to restore {@code r} (autosaved in {@code folder}), false to set it aside. */
        boolean restore(Stage owner, Autosave.Recovery r, Path folder);
    }

    private final MainWindow window;
    private final Stage stage;
    private final Autosave autosave;
    private boolean warned;

    private AutosaveSession(MainWindow window, Stage stage, Autosave autosave) {
        this.window = window;
        this.stage = stage;
        this.autosave = autosave;
    }

    /**
     * Starts autosave for {@code window} in the user's config folder ({@link ConfigFolder}) and offers back any work
     * a session that did not close normally left there. Never throws: if autosave cannot work, the user is told and
     * the app runs without it.
     *
     * @return the session to {@link #close()} on a clean exit, or empty if autosave could not start
     */
    static Optional<AutosaveSession> start(MainWindow window, Stage stage) {
        Path dir;
        try {
            dir = ConfigFolder.resolve().resolve("autosave");
        } catch (RuntimeException e) {
            report(stage, "Autosave is off", "The config folder cannot be used: " + e.getMessage());
            return Optional.empty();
        }
        AutosaveSession[] self = new AutosaveSession[1];
        Autosave core = Autosave.inFolder(dir, why -> Platform.runLater(() -> {
            if (self[0] != null) {
                self[0].writeFailed(why);
            }
        }));
        Optional<AutosaveSession> s = start(window, stage, core, AutosaveSession::decide);
        s.ifPresent(x -> self[0] = x);
        return s;
    }

    /**
     * Starts {@code autosave} for {@code window}; {@code restore} answers whether to restore found work (given the
     * owner stage and the work).
     */
    static Optional<AutosaveSession> start(MainWindow window, Stage stage, Autosave autosave,
                                           Question restore) {
        Autosave.Startup startup;
        try {
            startup = autosave.start();
        } catch (IOException | RuntimeException e) {
            autosave.close();
            report(stage, "Autosave is off", "Autosave cannot write to " + autosave.folder() + ": " + e.getMessage()
                    + "\nYour work is not saved automatically in this session; save it with File ▸ Save.");
            return Optional.empty();
        }
        AutosaveSession s = new AutosaveSession(window, stage, autosave);
        s.listen();
        if (!startup.problems().isEmpty()) {
            report(stage, "Autosaved work could not be read", String.join("\n\n", startup.problems()));
        }
        startup.recovery().ifPresent(r -> {
            boolean yes;
            try {
                yes = restore.restore(stage, r, autosave.folder());
            } catch (RuntimeException e) {
                yes = false;
            }
            if (yes) {
                s.restore(r);
            } else {
                s.discard();
            }
        });
        return Optional.of(s);
    }

    /** The autosave behind this session. */
    Autosave autosave() {
        return autosave;
    }

    /** A clean exit: the autosave and the marker go. */
    void close() {
        autosave.close();
    }

    private void listen() {
        ExplorerModel m = window.model();
        // the state holds everything saved (catalogue files included); the file is where it was last saved
        ChangeListener<Object> changed = (o, a, b) -> autosave.changed(new Autosave.Snapshot(m.state(), m.fileProperty().get()));
        m.stateProperty().addListener(changed);
        m.fileProperty().addListener(changed);
    }

    /** Puts the recovered work into the window, with its catalogue files, marked unsaved. */
    void restore(Autosave.Recovery r) {
        autosave.restored();
        ExplorerModel m = window.model();
        UserCatalogs catalogs = window.userCatalogs();
        List<String> refused = new ArrayList<>();
        m.batch(() -> {
            m.apply(r.state());
            catalogs.clear();
            for (String f : r.state().catalogFiles()) {
                try {
                    UserCatalogs.Outcome o = catalogs.add(Path.of(f));
                    if (!o.loaded()) {
                        refused.add(o.refusal());
                    }
                } catch (InvalidPathException e) {
                    refused.add(f + ": not a valid path");
                }
            }
        });
        Path file = r.file() != null && Files.isRegularFile(r.file()) ? r.file() : null;
        m.fileProperty().set(file);
        m.dirtyProperty().set(true); // the work is newer than any file: closing asks whether to save it
        if (!refused.isEmpty()) {
            report(stage, "Some catalogues of the restored work could not be read", String.join("\n", refused));
        }
    }

    private void discard() {
        try {
            Path aside = autosave.discard();
            System.err.println("hillas-explorer: the autosaved work was not restored; it is kept as " + aside);
        } catch (IOException e) {
            report(stage, "Could not set the autosaved work aside", e.getMessage());
        }
    }

    private void writeFailed(String why) {
        System.err.println("hillas-explorer: " + why);
        if (!warned) {
            warned = true;
            report(stage, "Autosave is not working", why + "\nUntil it works again, save your work with File ▸ Save.");
        }
    }

    // ------------------------------------------------------------------------------------------------ asking

    /** The answer of {@value #RESTORE_PROPERTY} if set, otherwise the dialog's. */
    static boolean decide(Stage owner, Autosave.Recovery r, Path folder) {
        String preset = System.getProperty(RESTORE_PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        if (preset.equals("yes") || preset.equals("no")) {
            boolean yes = preset.equals("yes");
            System.err.println("hillas-explorer: " + question(r, ZoneId.systemDefault()) + " "
                    + (yes ? "Restoring it" : "Not restoring it") + " (" + RESTORE_PROPERTY + "=" + preset + ").");
            return yes;
        }
        return ask(owner, r, folder);
    }

    /** Asks with a dialog; Restore returns true, Discard (or closing the dialog) false. */
    static boolean ask(Stage owner, Autosave.Recovery r, Path folder) {
        ButtonType restore = new ButtonType(RESTORE, ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(DISCARD, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle(MainWindow.APP_TITLE);
        a.setHeaderText(question(r, ZoneId.systemDefault()));
        Label text = new Label(details(r, folder));
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("autosave-restore");
        return a.showAndWait().filter(b -> b == restore).isPresent();
    }

    /** "Hillas Explorer did not close normally. Restore the work from 14:05?" (with the date if not today). */
    static String question(Autosave.Recovery r, ZoneId zone) {
        return MainWindow.APP_TITLE + " did not close normally. Restore the work from " + when(r.savedAt(), zone) + "?";
    }

    static String when(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        boolean today = z.toLocalDate().equals(LocalDate.now(zone));
        return z.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "d MMM yyyy, HH:mm", Locale.ENGLISH));
    }

    static String details(Autosave.Recovery r, Path folder) {
        StringBuilder b = new StringBuilder();
        b.append(r.file() == null ? "The work had not been saved to a scenario file."
                : "The work was on the scenario " + r.file().getFileName() + " (in " + r.file().getParent()
                + "); changes since it was last saved may exist only here.");
        b.append("\n\nRestore puts it back in the window. Discard keeps it aside as a scenario file in ").append(folder)
                .append(", which File ▸ Open can still open.");
        if (r.olderKeptAside() > 0) {
            b.append("\n\n").append(r.olderKeptAside()).append(r.olderKeptAside() == 1 ? " older autosave was" : " older autosaves were")
                    .append(" kept aside in the autosave folder.");
        }
        return b.toString();
    }

    private static void report(Stage owner, String header, String message) {
        System.err.println("hillas-explorer: " + header + ": " + message);
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(MainWindow.APP_TITLE);
        a.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        a.show();
    }
}

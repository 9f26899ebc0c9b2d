package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogProblem;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.NamedCatalogs;

/**
 * The user's catalogue files in the window: adding them (with one message for skipped rows or a refusal), removing
 * them, and reopening those a figure or scenario names, after asking ({@link CatalogueConsent}).
 */
final class CatalogueFiles {
    private final Stage stage;
    private final ExplorerModel model;
    private final UserCatalogs user;
    private final Notices notices;
    private CatalogueConsent consent;

    CatalogueFiles(Stage stage, ExplorerModel model, UserCatalogs user, Notices notices) {
        this.stage = stage;
        this.model = model;
        this.user = user;
        this.notices = notices;
        this.consent = CatalogueConsent.dialog(stage);
        user.setOnReload(o -> {
            if (!o.loaded()) {
                notices.error("Could not reload a catalogue", o.refusal() + "\nThe previous version stays on the plot.");
            } else {
                notices.notice(o.file().getFileName() + " changed on disk and was reloaded"
                        + (o.catalog().problems().isEmpty() ? "" : " (" + o.catalog().problems().size() + " rows skipped)"));
            }
        });
    }

    /** The loaded user catalogues. */
    UserCatalogs userCatalogs() {
        return user;
    }

    /** Replaces the question asked before opening the catalogue files a figure or scenario names (for tests). */
    void setConsent(CatalogueConsent consent) {
        this.consent = Objects.requireNonNull(consent, "consent");
    }

    /**
     * Adds a catalogue file (ECSV, CSV with units in the header, or JSON). Skipped rows are listed in one message;
     * a file that is not a catalogue is refused with one message; either way the current state is kept.
     */
    boolean add(Path file) {
        Optional<String> refusal = tryAdd(file);
        refusal.ifPresent(r -> notices.error("Could not add the catalogue", r));
        return refusal.isEmpty();
    }

    /** Adds {@code file} as {@link #add} does, but returns why it is no catalogue rather than saying so. */
    Optional<String> tryAdd(Path file) {
        UserCatalogs.Outcome o = user.add(file);
        if (!o.loaded()) {
            return Optional.of(o.refusal());
        }
        var problems = o.catalog().problems();
        int n = o.catalog().entries().size();
        if (problems.isEmpty()) {
            notices.notice("Added " + n + " entries from " + file.getFileName());
        } else {
            boolean skipped = problems.stream().anyMatch(p -> !p.warning());
            notices.warning(skipped ? "Some rows of " + file.getFileName() + " could not be read; the " + n + " valid entries were added"
                    : "Added " + n + " entries from " + file.getFileName() + ", with notes", CatalogProblem.report(problems));
        }
        return Optional.empty();
    }

    void addDialog() {
        FileChooser fc = FileChoosers.of(model.fileProperty().get(), "Add catalogue",
                new FileChooser.ExtensionFilter("Catalogues (*.csv, *.ecsv, *.json, *.txt)", "*.csv", "*.ecsv", "*.json", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = fc.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> add(f.toPath()));
        }
    }

    /** Removes the added catalogues (one undo step); the built-in one stays. */
    void removeAll() {
        user.clear();
        notices.notice("Removed the added catalogues; the built-in one stays");
    }

    /**
     * Re-adds the catalogue files a scenario or figure names. It may come from anyone, so no path in it is opened as
     * written: only files of the same name beside {@code source} (for a figure, with the SHA-256 it recorded) are
     * candidates ({@link NamedCatalogs}), and the user is asked before they are opened.
     *
     * @param figure the figure's state when {@code source} is a figure, else null
     */
    void reopenNamed(ExplorerState state, FigureState figure, Path source) {
        user.clear();
        if (state.catalogFiles().isEmpty()) {
            return;
        }
        var named = figure != null ? NamedCatalogs.ofFigure(figure, source) : NamedCatalogs.ofScenario(state, source);
        var usable = named.stream().filter(NamedCatalogs.Named::usable).toList();
        List<String> problems = new ArrayList<>(named.stream().filter(n -> !n.usable()).map(NamedCatalogs.Named::describe).toList());
        if (!usable.isEmpty() && consent.openThese(source, usable.stream().map(NamedCatalogs.Named::file).toList(),
                List.copyOf(problems))) {
            for (var n : usable) {
                UserCatalogs.Outcome o = user.add(n);
                if (!o.loaded()) {
                    problems.add(o.refusal());
                }
            }
        }
        if (!problems.isEmpty()) {
            notices.error("Some catalogues the " + (figure != null ? "figure" : "scenario") + " names were not opened",
                    String.join("\n", problems));
        }
    }
}

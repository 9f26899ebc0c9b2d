package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * Whether to open the catalogue files a figure or scenario file names. Such a file may come from anyone, so the window
 * asks before it opens any of them (a test answers instead, through {@link MainWindow#setCatalogueConsent}).
 */
@FunctionalInterface
interface CatalogueConsent {
    /** The button that opens the files. */
    String OPEN = "Open these catalogues";
    /** The button that leaves them out. */
    String SKIP = "Skip them";

    /**
     * Asked when {@code source} names catalogue files that were found beside it and passed the checks.
     *
     * @param source    the figure or scenario file being opened
     * @param files     the files that would be opened
     * @param notOpened the named files that will not be opened in any case, each with why
     * @return whether to open {@code files}
     */
    boolean openThese(Path source, List<Path> files, List<String> notOpened);

    /** Asks with a dialog over {@code owner}; says no while the window is not showing. */
    static CatalogueConsent dialog(Stage owner) {
        return (source, files, notOpened) -> {
            if (!owner.isShowing()) {
                return false;
            }
            ButtonType open = new ButtonType(OPEN, ButtonBar.ButtonData.YES);
            ButtonType skip = new ButtonType(SKIP, ButtonBar.ButtonData.NO);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", open, skip);
            a.initOwner(owner);
            a.setTitle(MainWindow.APP_TITLE);
            a.setHeaderText(source.getFileName() + " names " + (files.size() == 1 ? "a catalogue file" : files.size()
                    + " catalogue files") + ". Open " + (files.size() == 1 ? "it" : "them") + "?");
            TextArea text = new TextArea(message(files, notOpened));
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(640, 220);
            a.getDialogPane().setContent(text);
            Optional<ButtonType> r = a.showAndWait();
            return r.isPresent() && r.get() == open;
        };
    }

    /** The dialog's text: the files it would open, then those it will not, then why it asks. */
    static String message(List<Path> files, List<String> notOpened) {
        StringBuilder sb = new StringBuilder("It would open:\n");
        files.forEach(f -> sb.append("  ").append(f).append('\n'));
        if (!notOpened.isEmpty()) {
            sb.append("\nNot opened in any case:\n");
            notOpened.forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        sb.append("\nFigures and scenario files are shared, so only files of the same name beside this one are looked "
                + "for (for a figure, only with the checksum it recorded). Open them if you trust where they came from.");
        return sb.toString();
    }
}

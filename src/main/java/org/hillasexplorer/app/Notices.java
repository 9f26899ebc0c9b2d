package org.hillasexplorer.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * What the window tells the user: errors and warnings in a dialog over it (only while it is showing), short notices
 * in the status bar. The last of each is kept, for tests.
 */
final class Notices {
    private final Stage stage;
    private final ReadoutViewModel status;
    private String lastError = "";
    private String lastNotice = "";

    Notices(Stage stage, ReadoutViewModel status) {
        this.stage = stage;
        this.status = status;
    }

    /** Something failed: {@code header} says what, {@code message} why. */
    void error(String header, String message) {
        lastError = message;
        if (!stage.isShowing()) {
            return;
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        show(Alert.AlertType.ERROR, header, text);
    }

    /** It worked, with reservations; {@code message} may be long (one problem a line). */
    void warning(String header, String message) {
        lastNotice = header + "\n" + message;
        if (!stage.isShowing()) {
            return;
        }
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefSize(640, 260);
        show(Alert.AlertType.WARNING, header, text);
    }

    /** A short notice in the status bar. */
    void notice(String message) {
        lastNotice = message;
        status.notice(message);
    }

    private void show(Alert.AlertType type, String header, javafx.scene.Node content) {
        Alert a = new Alert(type);
        a.initOwner(stage);
        a.setTitle(MainWindow.APP_TITLE);
        a.setHeaderText(header);
        a.getDialogPane().setContent(content);
        a.show();
    }

    /** The last error message shown (for tests). */
    String lastError() {
        return lastError;
    }

    /** The last notice or warning shown (for tests). */
    String lastNotice() {
        return lastNotice;
    }
}

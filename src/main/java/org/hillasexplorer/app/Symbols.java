package org.hillasexplorer.app;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Draws a symbol written with the paper's underscore notation (δ_s, ℓ_L/ℓ_S, n_ISM) with real subscripts. */
final class Symbols {
    private Symbols() {
    }

    /** A text flow: "_x" (up to the next '/', ' ' or end) becomes a lowered, smaller subscript. */
    static TextFlow of(String symbol, double sizePx) {
        TextFlow flow = new TextFlow();
        int i = 0;
        while (i < symbol.length()) {
            int u = symbol.indexOf('_', i);
            if (u < 0) {
                flow.getChildren().add(text(symbol.substring(i), sizePx, false));
                break;
            }
            if (u > i) {
                flow.getChildren().add(text(symbol.substring(i, u), sizePx, false));
            }
            int end = u + 1;
            while (end < symbol.length() && symbol.charAt(end) != '/' && symbol.charAt(end) != ' ') {
                end++;
            }
            flow.getChildren().add(text(symbol.substring(u + 1, end), sizePx, true));
            i = end;
        }
        flow.setAccessibleText(symbol.replace("_", " "));
        return flow;
    }

    private static Text text(String s, double sizePx, boolean subscript) {
        Text t = new Text(s);
        t.getStyleClass().add("symbol-text"); // colour from the theme's CSS
        t.setStyle("-fx-font-size: " + (subscript ? sizePx * 0.72 : sizePx) + "px;" + (subscript ? "" : "-fx-font-style: italic;"));
        if (subscript) {
            t.setTranslateY(sizePx * 0.28);
        }
        return t;
    }
}

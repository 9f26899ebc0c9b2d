package org.hillasexplorer.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The window icons, if the jar carries them (missing icons are not an error). */
final class Icons {
    private Icons() {
    }

    static List<Image> load() {
        List<Image> out = new ArrayList<>();
        for (String name : new String[] {"icon-48.png", "icon.png"}) {
            InputStream in = Icons.class.getResourceAsStream("/org/hillasexplorer/app/" + name);
            if (in != null) {
                out.add(new Image(in));
            }
        }
        return out;
    }
}

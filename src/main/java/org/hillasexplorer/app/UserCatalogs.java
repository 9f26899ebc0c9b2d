package org.hillasexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.session.NamedCatalogs;

/**
 * Catalogue files the user added: read on adding, and read again whenever the file changes on disk (polled
 * every 1.5 s), so an edited CSV updates the plot. The state names the files ({@code ExplorerState.catalogFiles()},
 * so adding or removing one is an undo step); the model's catalogue list is the built-in one followed by the files
 * the state names, in its order. A file read once in this session comes back on undo or redo as it was last read.
 */
final class UserCatalogs {
    /** What happened to a file: loaded (with its skipped-row problems, maybe none) or refused (with why). */
    record Outcome(Path file, Catalog catalog, String refusal) {
        boolean loaded() {
            return catalog != null;
        }
    }

    private final ExplorerModel model;
    private final Catalog builtin;
    private final Map<Path, Catalog> loaded = new LinkedHashMap<>();
    /** Every file read in this session, as last read: what undo and redo bring back. */
    private final Map<Path, Catalog> known = new LinkedHashMap<>();
    private final Map<Path, FileTime> stamps = new LinkedHashMap<>();
    /** The loaded files a figure or scenario named rather than the user: read without quoting them. */
    private final Map<Path, NamedCatalogs.Named> named = new LinkedHashMap<>();
    private final Timeline poll;
    private Consumer<Outcome> onReload = o -> { };

    UserCatalogs(ExplorerModel model, Catalog builtin) {
        this.model = model;
        this.builtin = builtin;
        poll = new Timeline(new KeyFrame(Duration.millis(1500), e -> reloadChanged()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        model.catalogFilesProperty().addListener((o, a, b) -> follow(b));
        follow(model.state().catalogFiles());
    }

    /** Called after a file changed on disk and was read again (or refused). */
    void setOnReload(Consumer<Outcome> listener) {
        onReload = listener;
    }

    /** Reads {@code file}, which the user chose, and adds (or replaces) it; the catalogue shows at once. */
    Outcome add(Path file) {
        Path key = file.toAbsolutePath().normalize();
        named.remove(key);
        return added(key, read(key));
    }

    /**
     * Adds a catalogue file a figure or scenario named, found beside it ({@link NamedCatalogs}): read as a file the
     * user did not name, now and on every reload, so no message quotes its content.
     */
    Outcome add(NamedCatalogs.Named file) {
        Path key = file.file().toAbsolutePath().normalize();
        Outcome o = readNamed(file);
        if (o.loaded()) {
            // once opened, a later edit on disk is reloaded like any added file: the checksum was for opening it
            named.put(key, new NamedCatalogs.Named(file.recorded(), file.namedBy(), key, null, null));
        }
        return added(key, o);
    }

    private Outcome added(Path key, Outcome o) {
        if (o.loaded()) {
            known.put(key, o.catalog());
            stamps.put(key, stamp(key));
            if (loaded.containsKey(key)) { // added again: it keeps its place, with its new content
                loaded.put(key, o.catalog());
                publish();
            } else {
                model.update(s -> s.withCatalogFiles(ExplorerModel.append(s.catalogFiles(), key.toString())));
            }
        }
        return o;
    }

    /** Removes every user catalogue (one undo step). */
    void clear() {
        model.update(s -> s.withCatalogFiles(List.of()));
    }

    /** Loads exactly the files the state names, in its order: those read before as they were, others read now. */
    private void follow(List<String> files) {
        loaded.clear();
        for (String f : files) {
            Path key;
            try {
                key = Path.of(f).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                onReload.accept(new Outcome(null, null, f + ": not a valid path"));
                continue;
            }
            if (!known.containsKey(key)) {
                Outcome o = read(key);
                if (!o.loaded()) {
                    onReload.accept(o);
                    continue;
                }
                known.put(key, o.catalog());
                stamps.put(key, stamp(key));
            }
            loaded.put(key, known.get(key));
        }
        publish();
    }

    /** The files now loaded, in the order they were added. */
    List<Path> files() {
        return List.copyOf(loaded.keySet());
    }

    /** Re-reads files whose modification time changed; keeps the old version if the new one is refused. */
    void reloadChanged() {
        for (Path p : new ArrayList<>(loaded.keySet())) {
            FileTime now = stamp(p);
            if (now != null && !now.equals(stamps.get(p))) {
                stamps.put(p, now);
                Outcome o = named.containsKey(p) ? readNamed(named.get(p)) : read(p);
                if (o.loaded()) {
                    loaded.put(p, o.catalog());
                    known.put(p, o.catalog());
                    publish();
                }
                onReload.accept(o);
            }
        }
    }

    void stop() {
        poll.stop();
    }

    private void publish() {
        List<Catalog> all = new ArrayList<>();
        all.add(builtin);
        all.addAll(loaded.values());
        if (!all.equals(model.catalogs())) {
            model.catalogs().setAll(all);
        }
    }

    private static Outcome read(Path p) {
        try {
            return new Outcome(p, CatalogReader.read(p), null);
        } catch (CatalogException e) {
            return new Outcome(p, null, e.getMessage());
        }
    }

    private static Outcome readNamed(NamedCatalogs.Named n) {
        try {
            return new Outcome(n.file(), NamedCatalogs.read(n), null);
        } catch (CatalogException e) {
            return new Outcome(n.file(), null, e.getMessage());
        }
    }

    private static FileTime stamp(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null; // deleted or unreadable for now: keep what we have
        }
    }
}

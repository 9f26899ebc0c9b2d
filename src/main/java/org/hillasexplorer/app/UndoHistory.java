package org.hillasexplorer.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo/redo of immutable snapshots: record the state before each change; undo swaps the current state for the
 * last recorded one. A drag of a slider records once, at its start, so it undoes as one step.
 *
 * @param <T> an immutable state type
 */
final class UndoHistory<T> {
    private final int limit;
    private final Deque<T> past = new ArrayDeque<>();
    private final Deque<T> future = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    UndoHistory(int limit) {
        this.limit = limit;
    }

    /** Remembers {@code before} as the state to return to; clears the redo list. False if it was the last one already. */
    boolean record(T before) {
        Objects.requireNonNull(before, "before");
        if (!past.isEmpty() && past.peek().equals(before)) {
            return false;
        }
        past.push(before);
        while (past.size() > limit) {
            past.removeLast();
        }
        future.clear();
        refresh();
        return true;
    }

    /** The state to go back to from {@code current}, or {@code current} itself if there is none. */
    T undo(T current) {
        if (past.isEmpty()) {
            return current;
        }
        future.push(current);
        T previous = past.pop();
        refresh();
        return previous;
    }

    /** The state to go forward to from {@code current}, or {@code current} itself if there is none. */
    T redo(T current) {
        if (future.isEmpty()) {
            return current;
        }
        past.push(current);
        T next = future.pop();
        refresh();
        return next;
    }

    /** Forgets the last state recorded (a gesture that ended where it began is no step). */
    void forgetLast() {
        if (!past.isEmpty()) {
            past.pop();
            refresh();
        }
    }

    /** Forgets everything (after opening a file, say). */
    void clear() {
        past.clear();
        future.clear();
        refresh();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!past.isEmpty());
        canRedo.set(!future.isEmpty());
    }
}

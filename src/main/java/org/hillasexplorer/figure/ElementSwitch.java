package org.hillasexplorer.figure;

import java.util.Locale;
import java.util.Objects;

/**
 * A self-describing on/off switch of one optional {@link FigureOptions.Element}: one definition from which the
 * scenario file's key ({@code visible.elements}), the View menu's item, the CLI's flag ({@code --no-legend},
 * {@code --citations}) or {@code --hide-element KEY}, and their help are derived. The switches are in
 * {@link RenderOptions#ELEMENTS}.
 *
 * @param element   the element
 * @param menuLabel the View menu's item, e.g. {@code Legend}
 * @param what      the element as a phrase, e.g. {@code the legend}, which the help puts after "Leave out"/"Add"
 * @param flag      the CLI's own flag for it ({@code --no-…} for an element shown by default, {@code --…} for one
 *                  hidden by default), or empty if only {@code --hide-element KEY} names it
 */
public record ElementSwitch(FigureOptions.Element element, String menuLabel, String what, String flag) {

    public ElementSwitch {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(menuLabel, "menuLabel");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(flag, "flag");
        if (!flag.isEmpty() && flag.startsWith("--no-") != shownByDefault(element)) {
            throw new IllegalArgumentException("the flag of " + element + " must be --no-… exactly when it is shown by default");
        }
    }

    private static boolean shownByDefault(FigureOptions.Element e) {
        return FigureOptions.defaults(org.hillasexplorer.physics.Plane.NUMBER_DENSITY).shows(e);
    }

    /** The key in scenario files and {@code --hide-element}, e.g. {@code band-labels}. */
    public String key() {
        return element.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a figure shows it unless told otherwise. */
    public boolean shownByDefault() {
        return shownByDefault(element);
    }

    /** The id of the View menu's item, e.g. {@code element-legend}. */
    public String controlId() {
        return "element-" + key();
    }

    /** Whether it has a flag of its own (else {@code --hide-element KEY}). */
    public boolean hasFlag() {
        return !flag.isEmpty();
    }

    /** The help of its flag, or of {@code --hide-element KEY}: e.g. {@code Leave out the legend.} */
    public String help() {
        return (shownByDefault() ? "Leave out " : "Add ") + what + ".";
    }

    /** The View menu's tooltip or accessible help: what it draws, and how the CLI says it. */
    public String tooltip() {
        String cli = hasFlag() ? "render " + flag : "render --hide-element " + key();
        return capitalised(what) + ".\n" + (shownByDefault() ? "Shown unless turned off" : "Off unless turned on") + " (" + cli + ").";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

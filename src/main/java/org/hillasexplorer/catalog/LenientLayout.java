package org.hillasexplorer.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillasexplorer.catalog.ColumnRoles.Role;
import org.hillasexplorer.catalog.RowReader.Layout;
import org.hillasexplorer.catalog.RowReader.NumericColumn;
import org.hillasexplorer.catalog.RowReader.NumericPair;

/** The layout of a plain-CSV header row or of one JSON entry's keys, with the liberal rules of {@link CatalogReader}. */
final class LenientLayout {
    /** The unit sizes are read in when none is stated. */
    static final String DEFAULT_SIZE_UNIT = "au";
    /** The unit number densities are read in when none is stated. */
    static final String DEFAULT_NS_UNIT = "pc-3";

    /**
     * A layout and the numeric columns that were read in the default unit.
     *
     * @param layout    where each field sits
     * @param defaulted the pairs (by their first column) that state no unit
     */
    record Result(Layout layout, List<NumericPair> defaulted) {
    }

    /** Why the names do not make a catalogue layout; {@code field} is the column to blame, or {@code row}. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final int column;

        Refusal(String field, int column, String message) {
            super(message, null, false, false);
            this.field = field;
            this.column = column;
        }

        String field() {
            return field;
        }

        /** 1-based column, 0 when none. */
        int column() {
            return column;
        }
    }

    private LenientLayout() {
    }

    /**
     * The layout of {@code names} (header cells or JSON keys, in order).
     *
     * @param units units given outside the names (a JSON {@code units} object), by role; a single-value role such as
     *              {@link Role#SIZE} applies to its whole kind
     */
    static Result build(List<String> names, Map<Role, String> units) throws Refusal {
        Map<Role, Integer> index = new EnumMap<>(Role.class);
        Map<Role, String> display = new EnumMap<>(Role.class);
        Map<Role, Optional<String>> unitOf = new EnumMap<>(Role.class);
        for (int k = 0; k < names.size(); k++) {
            ColumnRoles.Column c;
            try {
                c = ColumnRoles.parse(names.get(k));
            } catch (IllegalArgumentException e) {
                throw new Refusal(names.get(k).strip(), k + 1, e.getMessage());
            }
            if (c.role() == null) {
                continue;
            }
            if (index.containsKey(c.role())) {
                throw new Refusal(c.display(), k + 1, "columns " + display.get(c.role()) + " and " + c.display()
                        + " both give " + c.role().canonical() + "; keep one");
            }
            index.put(c.role(), k);
            display.put(c.role(), c.display());
            unitOf.put(c.role(), c.unit());
        }
        List<NumericPair> defaulted = new ArrayList<>();
        Optional<NumericPair> size = pair(Role.SIZE_MIN, Role.SIZE_MAX, Role.SIZE, index, display, unitOf, units, defaulted);
        if (size.isEmpty()) {
            throw new Refusal("row", 0, "no recognisable size column: expected size_min and size_max (or ls_min/ls_max, "
                    + "l_min/l_max, or one size column) with a unit, e.g. 'size_min [pc]'");
        }
        Optional<NumericPair> ns = pair(Role.NS_MIN, Role.NS_MAX, Role.NS, index, display, unitOf, units, defaulted);
        Optional<NumericPair> fv = pair(Role.FV_MIN, Role.FV_MAX, Role.FV, index, display, unitOf, units, defaulted);
        if (ns.isEmpty() && fv.isEmpty()) {
            throw new Refusal("row", 0, "has a size column but no n_s or f_V column: expected ns_min/ns_max "
                    + "(e.g. 'n_s_min [pc^-3]') or fv_min/fv_max");
        }
        Map<Role, Integer> text = new EnumMap<>(Role.class);
        Map<Role, String> textNames = new EnumMap<>(Role.class);
        index.forEach((r, k) -> {
            if (!r.isNumeric()) {
                text.put(r, k);
                textNames.put(r, display.get(r));
            }
        });
        return new Result(new Layout(text, textNames, size, ns, fv, false), defaulted);
    }

    private static Optional<NumericPair> pair(Role min, Role max, Role single, Map<Role, Integer> index,
                                              Map<Role, String> display, Map<Role, Optional<String>> unitOf,
                                              Map<Role, String> units, List<NumericPair> defaulted) throws Refusal {
        boolean lo = index.containsKey(min);
        boolean hi = index.containsKey(max);
        boolean one = index.containsKey(single);
        if (one && (lo || hi)) {
            Role other = lo ? min : max;
            throw new Refusal(display.get(single), index.get(single) + 1, "columns " + display.get(single) + " and "
                    + display.get(other) + " both give " + single.canonical() + "; use either " + single.canonical() + " or "
                    + min.canonical() + "/" + max.canonical());
        }
        if (lo != hi) {
            Role given = lo ? min : max;
            throw new Refusal(display.get(given), index.get(given) + 1, "column " + display.get(given)
                    + " needs its partner column " + (lo ? max : min).canonical());
        }
        if (!lo && !one) {
            return Optional.empty();
        }
        boolean[] anyDefault = {false};
        NumericColumn a = column(lo ? min : single, index, display, unitOf, units, anyDefault);
        NumericColumn b = lo ? column(max, index, display, unitOf, units, anyDefault) : a;
        NumericPair p = new NumericPair(a, b, min.kind());
        if (anyDefault[0] && min.kind() != ColumnUnit.DIMENSIONLESS) {
            defaulted.add(p);
        }
        return Optional.of(p);
    }

    private static NumericColumn column(Role role, Map<Role, Integer> index, Map<Role, String> display,
                                        Map<Role, Optional<String>> unitOf, Map<Role, String> units,
                                        boolean[] anyDefault) throws Refusal {
        String name = display.get(role);
        int k = index.get(role);
        ColumnUnit kind = role.kind();
        Optional<String> unit = unitOf.get(role);
        if (unit.isEmpty()) {
            unit = Optional.ofNullable(units.get(role)).or(() -> Optional.ofNullable(units.get(role.single())));
        }
        if (unit.isEmpty()) {
            if (kind != ColumnUnit.DIMENSIONLESS) {
                anyDefault[0] = true;
            }
            unit = Optional.of(kind == ColumnUnit.LENGTH ? DEFAULT_SIZE_UNIT : kind == ColumnUnit.NUMBER_DENSITY ? DEFAULT_NS_UNIT : "");
        }
        String u = unit.get();
        Optional<Double> f = ColumnRoles.factor(kind, u);
        if (f.isEmpty()) {
            throw new Refusal(name, k + 1, "column " + name + " has unit '" + TextInput.shorten(u)
                    + "', which is not known here; use " + kind.allowed());
        }
        return new NumericColumn(name, k, f.get());
    }
}

package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.EnergyClassField;
import org.hillasexplorer.physics.EnergyClassFields;
import org.hillasexplorer.session.ExplorerState;

/**
 * The energy classes without their fields: which bands are drawn, and typed kinetic-energy limits ("1 MeV",
 * "10GeV", "5e3 keV"), applied all at once or not at all; reading and messages are {@link EnergyClassFields}'.
 */
final class EnergyClassesViewModel {
    private final ExplorerModel model;
    private final ReadOnlyObjectProperty<List<EnergyClass>> classes;
    private final ReadOnlyObjectProperty<List<String>> labels;

    EnergyClassesViewModel(ExplorerModel model) {
        this.model = model;
        this.classes = model.derive("energyClasses", s -> s.scenario().energyClasses());
        this.labels = model.derive("energyClassLabels", EnergyClassesViewModel::labels);
    }

    private static List<String> labels(ExplorerState s) {
        return s.scenario().energyClasses().stream().map(EnergyClass::label).toList();
    }

    /** The classes of the scenario; changes with their limits. */
    ReadOnlyObjectProperty<List<EnergyClass>> classesProperty() {
        return classes;
    }

    List<EnergyClass> classes() {
        return model.scenario().energyClasses();
    }

    /** The labels of the classes; changes only when classes come, go or are renamed. */
    ReadOnlyObjectProperty<List<String>> labelsProperty() {
        return labels;
    }

    ReadOnlyObjectProperty<Set<String>> hiddenProperty() {
        return model.hiddenEnergyClassesProperty();
    }

    boolean isShown(String label) {
        return !model.hiddenEnergyClasses().contains(label);
    }

    void setShown(String label, boolean shown) {
        model.update(s -> s.withHiddenEnergyClasses(ExplorerModel.with(s.hiddenEnergyClasses(), label, !shown)));
    }

    /**
     * The limits typed for each class, {@code texts.get(i) = {T_lo, T_hi}} in class order: applied if every one is
     * valid, else the message for the first bad one, which says what was kept.
     */
    Optional<String> commit(List<String[]> texts) {
        List<EnergyClass> old = classes();
        List<EnergyClass> next = new ArrayList<>();
        for (int i = 0; i < old.size() && i < texts.size(); i++) {
            EnergyClass c = old.get(i);
            try {
                next.add(new EnergyClass(c.label(), EnergyClassFields.T_LO.parseEnergy(c.label(), texts.get(i)[0]),
                        EnergyClassFields.T_HI.parseEnergy(c.label(), texts.get(i)[1])));
            } catch (IllegalArgumentException e) { // the message names the field and the class
                return Optional.of(e.getMessage() + " — kept " + text(c)[0] + "–" + text(c)[1]);
            }
        }
        if (next.size() == old.size()) {
            model.change(model.scenario().withEnergyClasses(next));
        }
        return Optional.empty();
    }

    /** How the limits of {@code c} are written in the fields. */
    static String[] text(EnergyClass c) {
        return new String[] {EnergyClassField.shown(c.minKineticEnergyGeV()), EnergyClassField.shown(c.maxKineticEnergyGeV())};
    }
}

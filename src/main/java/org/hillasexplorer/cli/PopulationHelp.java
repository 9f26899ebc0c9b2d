package org.hillasexplorer.cli;

import java.util.ListResourceBundle;
import org.hillasexplorer.physics.PowerLawSpec;

/**
 * The help text of {@code --population}, generated from the population knobs' definitions
 * ({@link PowerLawSpec#help()}); picocli reads it as the resource bundle of {@link PopulationOptions}, since an
 * annotation can only hold constants. Public only because {@link java.util.ResourceBundle} instantiates it.
 */
public final class PopulationHelp extends ListResourceBundle {
    /** The bundle's base name. */
    static final String BUNDLE = "org.hillasexplorer.cli.PopulationHelp";
    /** The key of the {@code --population} description. */
    static final String POPULATION = "population";

    @Override
    protected Object[][] getContents() {
        // picocli splits a description at %n; a literal % must be doubled
        String text = String.join("%n", PowerLawSpec.help().stream().map(l -> l.replace("%", "%%")).toList());
        return new Object[][] {{POPULATION, text}};
    }
}

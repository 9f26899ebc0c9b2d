/**
 * The catalogue of candidate cosmic-ray scattering structures (Butsky et al. 2024, Section 4): the
 * built-in ECSV file and user files (ECSV, VOTable, plain CSV with units in the header, JSON; see
 * {@link org.hillasexplorer.catalog.CatalogReader}), read into immutable {@link org.hillasexplorer.catalog.CatalogEntry}
 * values that become {@link org.hillasexplorer.physics.CandidateBox} rectangles on the ℓ_S–n_s and ℓ_S–f_V planes.
 *
 * <p>Sizes are held in au ({@code sizeAu}), number densities in pc⁻³ ({@code numberDensityPerPc3}); other units
 * declared in a file's header are converted on reading. {@link org.hillasexplorer.catalog.CurveReader} reads tabulated
 * population curves into {@link org.hillasexplorer.physics.TabulatedPopulation}. A bad row becomes a
 * {@link org.hillasexplorer.catalog.CatalogProblem} and the other rows still load; a file that is not a catalogue
 * raises {@link org.hillasexplorer.catalog.CatalogException}.
 *
 * <p>UI-free: never JavaFX, AWT or JFreeChart. Files are read with Apache Commons CSV, Jackson (JSON, the ECSV YAML
 * header) and STIL (VOTable).
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, JDK, JDK I/O,
 * JDK XML, Jackson, Commons CSV, STIL.
 */
package org.hillasexplorer.catalog;

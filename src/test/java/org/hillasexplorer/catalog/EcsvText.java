package org.hillasexplorer.catalog;

import java.io.StringReader;

/** Small inline ECSV catalogues for tests. */
final class EcsvText {
    /** The standard header: 2 + 15 + 1 = 18 lines, so the first data row is line 19. */
    static final String HEADER = """
            # %ECSV 1.0
            # ---
            # delimiter: ','
            # datatype:
            # - {name: id, datatype: string}
            # - {name: name, datatype: string}
            # - {name: label, datatype: string}
            # - {name: category, datatype: string}
            # - {name: planes, datatype: string}
            # - {name: size_min_au, unit: AU, datatype: float64}
            # - {name: size_max_au, unit: AU, datatype: float64}
            # - {name: ns_min_pc3, unit: pc-3, datatype: float64}
            # - {name: ns_max_pc3, unit: pc-3, datatype: float64}
            # - {name: fv_min, datatype: float64}
            # - {name: fv_max, datatype: float64}
            # - {name: dimensionality, datatype: string}
            # - {name: derivation, datatype: string}
            # - {name: reference, datatype: string}
            id,name,label,category,planes,size_min_au,size_max_au,ns_min_pc3,ns_max_pc3,fv_min,fv_max,dimensionality,derivation,reference
            """;
    /** File line of the first data row after {@link #HEADER}. */
    static final int FIRST_ROW_LINE = 20;
    /** A valid macroscopic row. */
    static final String GOOD_ROW = "gmcs,Giant molecular clouds,GMCs,macroscopic,ns,2e6,2e7,1e-9,1e-7,1e-4,1e-2,0,counted,Draine 2011";
    /** A second valid row, on the f_V plane. */
    static final String GOOD_FV_ROW = "tsas,Tiny-scale atomic structure,TSAS,small-scale,fv,5,1e4,,,1e-7,1e-2,1-2,estimated,Heiles 1997";

    private EcsvText() {
    }

    /** The standard header followed by {@code rows}, one per line. */
    static String withRows(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    /** Reads {@code text} as {@code test.ecsv}. */
    static Catalog read(String text) {
        return CatalogReader.read(new StringReader(text), "test.ecsv");
    }
}

package io.residentid.pcsc.fuzz;

import io.residentid.core.fuzz.FuzzCorpus;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Shared seed corpora of the pcsc fuzz targets (built on the core fuzz infrastructure). */
public final class PcscFuzz {

    /** Where pcsc keeps the regression inputs of its fuzz targets. */
    public static final String REGRESSIONS_ROOT = "/io/residentid/pcsc";

    private PcscFuzz() {
    }

    /** Seeds from hex strings (spaces allowed). */
    public static List<FuzzCorpus.Seed> hex(String prefix, String... hex) {
        List<FuzzCorpus.Seed> out = new ArrayList<>();
        for (int i = 0; i < hex.length; i++) {
            out.add(new FuzzCorpus.Seed(prefix + "/" + i, HexFormat.of().parseHex(hex[i].replace(" ", ""))));
        }
        return out;
    }

    /** The ICAO sample LDS files of the pcsc test resources (BSI 2008 and LOES 2006 specimens). */
    public static List<FuzzCorpus.Seed> ldsFiles() {
        List<FuzzCorpus.Seed> out = new ArrayList<>(FuzzCorpus.resources("/io/residentid/pcsc/icao", ".bin"));
        if (out.isEmpty()) {
            throw new IllegalStateException("LDS sample files missing from the test resources");
        }
        return out;
    }
}

package io.residentid.core.mrz;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.residentid.core.fuzz.FuzzArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for {@link Mrz#parse}: only {@link MrzParseException} may escape. Seeds: ICAO 9303 specimen MRZs
 * (TD1, TD2, TD3) and the chip DG1 files of the test resources.
 */
class MrzFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("MrzFuzz", MrzParseException.class);
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    MrzFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS.subList(0, 3), CORPUS, MrzFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>();
        seeds.add(FuzzCorpus.text("td1", "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
        seeds.add(FuzzCorpus.text("td2", "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"));
        seeds.add(FuzzCorpus.text("td3", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
        seeds.addAll(FuzzCorpus.resources("/io/residentid/core/mrz", ".bin"));
        return seeds;
    }

    static void target(byte[] input) {
        Mrz mrz = Mrz.parse(new String(input, StandardCharsets.UTF_8));
        mrz.toString();
    }

    @Property(tries = 200)
    void mutantsKeepTheContract(@ForAll("mutants") byte[] input) {
        HARNESS.check(input, MrzFuzz::target);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return FuzzArbitraries.mutantsOf(CORPUS);
    }
}

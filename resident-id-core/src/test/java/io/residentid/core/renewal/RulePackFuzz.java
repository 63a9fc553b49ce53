package io.residentid.core.renewal;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import io.residentid.core.fuzz.FuzzArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for {@link RulePack#parse(java.io.InputStream)}: only {@link RulePackException} may escape, fast
 * (the mutator plants numbers such as {@code 1e-999999999}, issue 11 item 14). Seeds: the bundled packs.
 */
class RulePackFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("RulePackFuzz", RulePackException.class);
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    RulePackFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, RulePackFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>(FuzzCorpus.resources("/io/residentid/core/renewal/packs",
                ".json"));
        seeds.add(FuzzCorpus.text("minimal", RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5.5, \"sourceId\": \"s1\"}", "")));
        return seeds;
    }

    static void target(byte[] input) throws RulePackException {
        RulePack.parse(new ByteArrayInputStream(input));
    }

    @Property(tries = 100)
    void mutantsKeepTheContract(@ForAll("mutants") byte[] input) {
        HARNESS.check(input, RulePackFuzz::target);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return FuzzArbitraries.mutantsOf(CORPUS);
    }
}

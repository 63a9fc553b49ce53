package io.residentid.pcsc.icao;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.pcsc.fuzz.PcscFuzz;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Example;

/**
 * Fuzz targets for every LDS file parser (EF.COM, EF.SOD, DG1, DG2, DG11-DG15, SecurityInfos): each throws only
 * {@link LdsFormatException}. Every mutant is fed to every parser, so a DG2 seed also exercises DG11 and so on.
 */
class LdsFuzz {

    static final FuzzHarness HARNESS = FuzzHarness.of("LdsFuzz", LdsFormatException.class);
    static final List<FuzzCorpus.Seed> CORPUS = PcscFuzz.ldsFiles();
    static final List<Function<byte[], Object>> PARSERS = List.of(EfCom::parse, EfSod::parse, Dg1::parse,
            Dg2::parse, Dg11::parse, Dg12::parse, Dg13::parse, Dg14::parse, Dg15::parse, SecurityInfos::parse);

    static void target(byte[] input) {
        LdsFormatException first = null;
        for (Function<byte[], Object> parser : PARSERS) {
            try {
                String.valueOf(parser.apply(input));
            } catch (LdsFormatException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Example
    void corpusAndRegressionsReplay() {
        HARNESS.replay(FuzzCorpus.regressions(PcscFuzz.REGRESSIONS_ROOT, "LdsFuzz"), LdsFuzz::target);
        for (FuzzCorpus.Seed seed : CORPUS) {
            HARNESS.check(seed.data(), LdsFuzz::target);
        }
    }

    @Example
    void timedMutationCampaign() {
        HARNESS.campaign(CORPUS, LdsFuzz::target);
    }
}

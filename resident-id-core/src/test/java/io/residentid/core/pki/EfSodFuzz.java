package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.util.ArrayList;
import java.util.List;
import io.residentid.core.fuzz.FuzzArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for the CMS/EF.SOD chain: {@link CmsVerifier#unwrapEfSod}, {@link CmsVerifier#verify} and
 * {@link LdsSecurityObject#parse} of the signed content. Only {@link PkiException} may escape. Seeds: the ICAO
 * sample EF.SOD files (BSI 2008, NZ 2013).
 */
class EfSodFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("EfSodFuzz", PkiException.class);
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    EfSodFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, EfSodFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>();
        seeds.add(new FuzzCorpus.Seed("icao/bsi2008/EF_SOD.bin", FuzzCorpus.resource("/pki/icao/bsi2008/EF_SOD.bin")));
        seeds.add(new FuzzCorpus.Seed("icao/nz2013/NZ2013_EF_SOD.BIN",
                FuzzCorpus.resource("/pki/icao/nz2013/NZ2013_EF_SOD.BIN")));
        return seeds;
    }

    static void target(byte[] input) {
        byte[] cms = CmsVerifier.unwrapEfSod(input);
        CmsReport report = CmsVerifier.builder()
                .trustStore(TrustStore.of(List.of(CertificateFuzz.ROOT.certificate()))).build()
                .verify(cms, TestPki.NOW);
        report.signer().ifPresent(s -> s.getSubject().toString());
        if (report.content().length > 0) {
            LdsSecurityObject.parse(report.content()).toString();
        }
    }

    @Property(tries = 60)
    void mutantsKeepTheContract(@ForAll("mutants") byte[] input) {
        HARNESS.check(input, EfSodFuzz::target);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return FuzzArbitraries.mutantsOf(CORPUS);
    }
}

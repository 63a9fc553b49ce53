package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Fuzz target for {@link MasterList#parse} and what a caller does with the list (group by country, validate the
 * signer, print names): only {@link PkiException} may escape. Seed: the German CSCA master list (mutations of an
 * 850 KB input are slow, so the campaign covers fewer inputs than the others).
 */
class MasterListFuzz {

    static final FuzzHarness HARNESS = FuzzHarness.of("MasterListFuzz", PkiException.class);
    static final List<FuzzCorpus.Seed> CORPUS = List.of(new FuzzCorpus.Seed("icao/DE_masterlist_2025-08-14.ml",
            FuzzCorpus.resource("/pki/icao/DE_masterlist_2025-08-14.ml")));

    static void target(byte[] input) {
        MasterList list = MasterList.parse(input);
        list.byCountry();
        list.certificates().forEach(c -> c.getSubject().toString());
        if (list.signer().isPresent()) {
            list.validateSigner(TrustStore.of(List.of(CertificateFuzz.ROOT.certificate())), TestPki.NOW);
        }
    }

    @Example
    void corpusAndRegressionsReplay() {
        HARNESS.replay(CORPUS, MasterListFuzz::target);
        HARNESS.replay(FuzzCorpus.regressions("/io/residentid/core", "MasterListFuzz"), MasterListFuzz::target);
    }

    @Example
    void timedMutationCampaign() {
        HARNESS.campaign(CORPUS, MasterListFuzz::target);
    }
}

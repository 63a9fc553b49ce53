package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.util.List;

/**
 * Fuzz target for {@link MasterList#parse} and what a caller does with the list (group by country, validate the
 * signer, print names): only {@link PkiException} may escape. Seed: the German CSCA master list (mutations of an
 * 850 KB input are slow, so the campaign covers fewer inputs than the others).
 */
class MasterListFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("MasterListFuzz", PkiException.class);
    static final List<FuzzCorpus.Seed> CORPUS = List.of(new FuzzCorpus.Seed("icao/DE_masterlist_2025-08-14.ml",
            FuzzCorpus.resource("/pki/icao/DE_masterlist_2025-08-14.ml")));

    MasterListFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, MasterListFuzz::target);
    }

    static void target(byte[] input) {
        MasterList list = MasterList.parse(input);
        list.byCountry();
        list.certificates().forEach(c -> c.getSubject().toString());
        if (list.signer().isPresent()) {
            list.validateSigner(TrustStore.of(List.of(CertificateFuzz.ROOT.certificate())), TestPki.NOW);
        }
    }
}

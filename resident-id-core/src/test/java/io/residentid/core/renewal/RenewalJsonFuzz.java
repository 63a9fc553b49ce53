package io.residentid.core.renewal;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Fuzz targets for the renewal JSON inputs: {@link ResidentFacts#parse} and {@link RenewalApplication#parse}.
 * Only {@link IllegalArgumentException} (their documented exception) may escape.
 */
class RenewalJsonFuzz {

    static final FuzzHarness FACTS = FuzzHarness.of("ResidentFactsFuzz", IllegalArgumentException.class);
    static final FuzzHarness APPLICATION = FuzzHarness.of("RenewalApplicationFuzz", IllegalArgumentException.class);

    static final List<FuzzCorpus.Seed> FACTS_CORPUS = List.of(
            FuzzCorpus.text("facts/full", "{\"inCountry\": true, \"passportValid\": true, \"passportExpiry\": "
                    + "\"2030-01-31\", \"residenceValid\": false, \"unpaidFines\": false, \"sponsoredWorker\": true,"
                    + " \"workContractValid\": true, \"healthInsuranceValid\": true, \"fingerprintsOnFile\": true,"
                    + " \"recentPhoto\": true, \"reportedAbsent\": false, \"adultSonDependants\": false,"
                    + " \"dateOfBirth\": \"1990-02-28\", \"priorOffences\": 2, \"sponsorCategory\": \"EMPLOYER\"}"),
            FuzzCorpus.text("facts/empty", "{}"));

    static List<FuzzCorpus.Seed> applicationCorpus() {
        Instant t0 = Instant.parse("2027-06-01T08:00:00Z");
        RenewalApplication app = RenewalApplicationTest.omanDraft().payFees("holder", t0.plusSeconds(1))
                .bookBiometrics(t0.plusSeconds(3600), "holder", t0.plusSeconds(2));
        return List.of(FuzzCorpus.text("application/draft", RenewalApplicationTest.omanDraft().toJson()),
                FuzzCorpus.text("application/booked", app.toJson()));
    }

    static void facts(byte[] input) {
        ResidentFacts.parse(new String(input, StandardCharsets.UTF_8)).toString();
    }

    static void application(byte[] input) {
        RenewalApplication.parse(new String(input, StandardCharsets.UTF_8)).toJson();
    }

    @Example
    void residentFactsCorpusAndCampaign() {
        FACTS.replay(FACTS_CORPUS, RenewalJsonFuzz::facts);
        FACTS.replay(FuzzCorpus.regressions("/io/residentid/core", "ResidentFactsFuzz"), RenewalJsonFuzz::facts);
        FACTS.campaign(FACTS_CORPUS, RenewalJsonFuzz::facts);
    }

    @Example
    void applicationCorpusAndCampaign() {
        List<FuzzCorpus.Seed> corpus = applicationCorpus();
        APPLICATION.replay(corpus, RenewalJsonFuzz::application);
        APPLICATION.replay(FuzzCorpus.regressions("/io/residentid/core", "RenewalApplicationFuzz"),
                RenewalJsonFuzz::application);
        APPLICATION.campaign(corpus, RenewalJsonFuzz::application);
    }
}

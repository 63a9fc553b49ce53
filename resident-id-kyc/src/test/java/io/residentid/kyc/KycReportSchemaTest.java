package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.emulator.ResidentCard;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KycReportSchemaTest {

    private static JsonNode schema() throws Exception {
        return ResidentIdJson.mapper().readTree(Files.readAllBytes(Path.of("..", "docs", "schema",
                "kyc-report-v1.json")));
    }

    @Test
    void reportsOfEveryOutcomeFollowThePublishedSchema() throws Exception {
        JsonNode schema = schema();
        ResidentCard card = KycFixtures.demoCard();
        KycVerifier verifier = KycVerifier.builder().trust(KycFixtures.trust(card)).build();
        List<KycEvidence> cases = List.of(
                KycEvidence.builder().chip(KycFixtures.demoEvidence()).qrText(KycFixtures.demoQr())
                        .ocrMrz(String.join("\n", card.mrzLines())).declared(KycFixtures.declaredArabic())
                        .caseId("c-1").build(),
                KycEvidence.builder().declared(KycFixtures.declaredArabic()).build(),
                KycEvidence.builder().qrText("not a credential").ocrMrz("garbage").build());
        for (KycEvidence e : cases) {
            JsonNode report = ResidentIdJson.mapper().readTree(verifier.verify(e).toJson());
            assertEquals(List.of(), MiniJsonSchema.validate(schema, report));
        }
    }

    @Test
    void theSchemaRejectsAnUnknownMemberAndAWrongVerdict() throws Exception {
        JsonNode schema = schema();
        ObjectNode report = KycVerifier.builder().build().verify(KycEvidence.builder().build()).toJsonTree();
        report.put("name", "someone");
        report.put("verdict", "OK");
        assertFalse(MiniJsonSchema.validate(schema, report).isEmpty());
    }
}

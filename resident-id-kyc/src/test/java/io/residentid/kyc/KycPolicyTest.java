package io.residentid.kyc;

import io.residentid.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KycPolicyTest {

    @Test
    void theDefaultPolicyRoundTripsThroughJson() {
        KycPolicy d = KycPolicy.defaultPolicy();
        KycPolicy back = KycPolicy.parse(d.toJson());
        assertEquals(d.actions(), back.actions());
        assertEquals(18, back.minimumAge());
        assertEquals("resident-id-default", back.id());
    }

    @Test
    void unlistedCodesFollowTheirSeverity() {
        KycPolicy d = KycPolicy.defaultPolicy();
        assertEquals(KycPolicy.Action.FAIL, d.actionFor("SOMETHING_NEW", Severity.ERROR));
        assertEquals(KycPolicy.Action.ACCEPT, d.actionFor("SOMETHING_NEW", Severity.WARNING));
        assertEquals(KycPolicy.Action.REVIEW, d.actionFor("DOCUMENT_EXPIRED", Severity.ERROR));
    }

    @Test
    void aBankCanHardenACode() {
        KycPolicy p = KycPolicy.parse(("{\"id\":\"bank-x\",\"version\":\"7\",\"minimumAge\":21,"
                + "\"actions\":{\"DOCUMENT_EXPIRED\":\"FAIL\"}}").getBytes(StandardCharsets.UTF_8));
        assertEquals(KycPolicy.Action.FAIL, p.actionFor("DOCUMENT_EXPIRED", Severity.ERROR));
        assertEquals(KycPolicy.Action.REVIEW, p.actionFor("NAME_PARTIAL", Severity.WARNING));
        assertEquals(21, p.minimumAge());
    }

    @Test
    void malformedPoliciesAreCodedErrorsWithPaths() {
        assertEquals("$.actions.DOCUMENT_EXPIRED", assertThrows(KycException.class, () -> KycPolicy.parse(
                "{\"id\":\"x\",\"version\":\"1\",\"actions\":{\"DOCUMENT_EXPIRED\":\"MAYBE\"}}"
                        .getBytes(StandardCharsets.UTF_8))).path().orElseThrow());
        assertEquals("$.minimumAge", assertThrows(KycException.class, () -> KycPolicy.parse(
                "{\"id\":\"x\",\"version\":\"1\",\"minimumAge\":-5}".getBytes(StandardCharsets.UTF_8))).path()
                .orElseThrow());
        assertEquals("$.version", assertThrows(KycException.class, () -> KycPolicy.parse(
                "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8))).path().orElseThrow());
        assertEquals("POLICY_MALFORMED", assertThrows(KycException.class, () -> KycPolicy.parse(
                "[1,2]".getBytes(StandardCharsets.UTF_8))).code());
    }
}

package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenewalApplicationTest {

    static final Instant T0 = Instant.parse("2027-06-01T08:00:00Z");

    static RenewalApplication omanDraft() {
        RenewalAssessment a = RenewalCalculator.bundled().assess(IssuingCountry.OMAN, LocalDate.of(2027, 6, 30),
                ResidentFacts.none(), LocalDate.of(2027, 6, 1));
        return RenewalApplication.draft("APP-1", a, "portal", T0);
    }

    static final Set<String> OMAN_DOCS = Set.of("PASSPORT_COPY", "OLD_CARD", "PHOTO", "PROOF_OF_RESIDENCE",
            "FEE_RECEIPT", "SPONSOR_SIGNED_FORM");

    @Test
    void happyPathToDeliveryKeepsAHistory() {
        RenewalApplication app = omanDraft()
                .attachDocuments(OMAN_DOCS, "holder", T0.plusSeconds(10))
                .payFees("holder", T0.plusSeconds(20))
                .bookBiometrics(T0.plusSeconds(86_400), "holder", T0.plusSeconds(30))
                .submit("holder", T0.plusSeconds(40))
                .startReview("officer-7", T0.plusSeconds(50))
                .approve("officer-7", T0.plusSeconds(60))
                .issue("rop", T0.plusSeconds(70))
                .deliver("courier", T0.plusSeconds(80));
        assertEquals(ApplicationState.DELIVERED, app.state());
        assertEquals(9, app.history().size());
        assertEquals("officer-7", app.history().get(5).actor());
        assertTrue(app.state().isFinal());
    }

    @Test
    void noSubmissionBeforeFeesArePaid() {
        RenewalApplication app = omanDraft().attachDocuments(OMAN_DOCS, "holder", T0);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> app.submit("holder", T0));
        assertEquals(IllegalTransitionException.Reason.FEES_NOT_PAID, e.reason());
    }

    @Test
    void noSubmissionWithDocumentsMissing() {
        RenewalApplication app = omanDraft().payFees("holder", T0).attachDocuments(Set.of("PHOTO"), "holder", T0);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> app.submit("holder", T0));
        assertEquals(IllegalTransitionException.Reason.DOCUMENTS_MISSING, e.reason());
        assertTrue(e.getMessage().contains("PASSPORT_COPY"));
    }

    @Test
    void noSubmissionWithoutBiometricsWhenRequired() {
        RenewalApplication app = omanDraft().payFees("holder", T0).attachDocuments(OMAN_DOCS, "holder", T0);
        assertTrue(app.biometricsRequired());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> app.submit("holder", T0));
        assertEquals(IllegalTransitionException.Reason.BIOMETRICS_NOT_BOOKED, e.reason());
    }

    @Test
    void illegalTransitionsAreRefused() {
        RenewalApplication draft = omanDraft();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> draft.approve("x", T0));
        assertEquals(IllegalTransitionException.Reason.WRONG_STATE, e.reason());
        assertEquals(ApplicationState.DRAFT, e.from());
        RenewalApplication cancelled = draft.cancel("holder", T0, "changed my mind");
        assertThrows(IllegalTransitionException.class, () -> cancelled.payFees("holder", T0));
        assertThrows(IllegalTransitionException.class, () -> draft.payFees("h", T0).payFees("h", T0));
    }

    @Test
    void returnedApplicationCanBeResubmitted() {
        RenewalApplication app = RenewalApplication.draft("Q-1", IssuingCountry.QATAR, "2020.1", RenewalProcess.LOST,
                        Set.of("POLICE_REPORT"), false, "portal", T0)
                .payFees("holder", T0).attachDocuments(Set.of("POLICE_REPORT"), "holder", T0).submit("holder", T0)
                .startReview("officer", T0).returnForModification("officer", T0, "photo unclear")
                .submit("holder", T0).startReview("officer", T0).reject("officer", T0, "not in Qatar");
        assertEquals(ApplicationState.REJECTED, app.state());
        assertEquals("photo unclear", app.history().get(5).comment());
    }

    @Test
    void timeCannotGoBack() {
        assertThrows(IllegalArgumentException.class, () -> omanDraft().payFees("h", T0.minusSeconds(1)));
    }

    @Test
    void jsonRoundTrip() {
        RenewalApplication app = omanDraft().payFees("holder", T0.plusSeconds(1))
                .bookBiometrics(T0.plusSeconds(3600), "holder", T0.plusSeconds(2));
        RenewalApplication back = RenewalApplication.parse(app.toJson());
        assertEquals(app, back);
        assertEquals(app.toJson(), back.toJson());
        assertEquals(ApplicationState.FEES_PAID, back.state());
        assertEquals(T0.plusSeconds(3600), back.biometricsAppointment());
    }

    @Test
    void inconsistentJsonIsRefused() {
        String json = omanDraft().payFees("holder", T0).toJson();
        assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse(json.replace("\"state\":\"FEES_PAID\"", "\"state\":\"APPROVED\"")));
        assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse(json.replace("\"feesPaid\"", "\"paid\"")));
        assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse("{"));
    }
}

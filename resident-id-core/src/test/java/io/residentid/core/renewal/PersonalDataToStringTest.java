package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Records that carry a person's identifier, name or free text mask it in {@code toString()}. */
class PersonalDataToStringTest {

    private static final String IDENTIFIER = "2000000008";
    private static final String NAME = "KHALID AL HARTHY";

    @Test
    void renewalRequestMasksItsReference() {
        RenewalRequest request = new RenewalRequest(IDENTIFIER, IssuingCountry.OMAN, LocalDate.of(2027, 1, 1),
                ResidentFacts.none(), Period.ofYears(1));
        String text = request.toString();
        assertFalse(text.contains(IDENTIFIER), text);
        assertTrue(text.contains("2*******08"), text);
    }

    @Test
    void householdMemberMasksItsLabel() {
        HouseholdMember member = new HouseholdMember(NAME, LocalDate.of(2027, 1, 1), null, null);
        assertFalse(member.toString().contains("HARTHY"), member.toString());
    }

    @Test
    void householdAssessmentMemberMasksItsLabel() {
        HouseholdAssessment.Member member = new HouseholdAssessment.Member(NAME, null);
        assertFalse(member.toString().contains("HARTHY"), member.toString());
    }

    @Test
    void transitionMasksActorAndHidesComment() {
        RenewalApplication.Transition t = new RenewalApplication.Transition("pay", ApplicationState.DRAFT,
                ApplicationState.FEES_PAID, Instant.EPOCH, NAME, "holder " + IDENTIFIER + " paid");
        String text = t.toString();
        assertFalse(text.contains("HARTHY") || text.contains(IDENTIFIER), text);
        assertTrue(text.contains("pay"), text);
    }
}

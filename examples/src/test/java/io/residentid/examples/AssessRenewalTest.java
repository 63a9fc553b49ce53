package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AssessRenewalTest {

    @Test
    void fortyDaysAfterExpiryTheCardIsOverdueWithFeeAndFine() {
        ExampleOutput out = new ExampleOutput();
        RenewalAssessment a = AssessRenewal.run(LocalDate.of(2027, 8, 9), Locale.ENGLISH, out.stream());
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertTrue(out.text().contains("total 10.000 OMR"), out.text());
    }

    @Test
    void shortlyBeforeExpiryTheRenewalIsDueAndPrintedInArabic() {
        ExampleOutput out = new ExampleOutput();
        RenewalAssessment a = AssessRenewal.run(LocalDate.of(2027, 6, 20), Locale.forLanguageTag("ar"), out.stream());
        assertEquals(RenewalStatus.DUE, a.status());
        assertTrue(out.text().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), out.text());
    }
}

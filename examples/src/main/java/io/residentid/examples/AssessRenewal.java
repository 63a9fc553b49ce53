package io.residentid.examples;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.core.renewal.ChargeLine;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.core.renewal.RenewalNote;
import io.residentid.core.renewal.RenewalText;
import io.residentid.core.renewal.ResidentFacts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: tell a resident whether their card must be renewed, by when, and what it costs, using the bundled
 * rule packs (fees and fines as published by the issuing authority).
 *
 * <p>Runs offline: {@code java -cp resident-id.jar io.residentid.examples.AssessRenewal}.
 */
public final class AssessRenewal {

    private AssessRenewal() {
    }

    /**
     * Assesses the sample card forty days after its expiry.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(LocalDate.of(2027, 8, 9), Locale.ENGLISH, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Assesses the sample card on a given day and prints status, key dates, charges and notes.
     *
     * @param today  the day of the assessment
     * @param locale the language of the printed text (English or Arabic)
     * @param out    where to print
     * @return the assessment
     */
    // tag::assess[]
    public static RenewalAssessment run(LocalDate today, Locale locale, PrintStream out) {
        // in production: the card comes from the chip (ChipReadResult's DG1 -> Mrz) or your records,
        // the facts from your onboarding questions
        IdentityDocument card = sampleCard();             // a fictitious Oman card expiring on 2027-06-30
        ResidentFacts facts = ResidentFacts.builder().inCountry(true).residenceValid(true).unpaidFines(false)
                .sponsoredWorker(true).workContractValid(true).recentPhoto(true).fingerprintsOnFile(true).build();
        RenewalCalculator calculator = RenewalCalculator.bundled();          // immutable, thread-safe: reuse it
        RenewalAssessment a = calculator.assess(card, facts, today, null);
        out.println(RenewalText.status(a.status(), locale) + " (" + a.country().alpha2() + ", rules "
                + a.packVersion() + ")");
        out.println("legal deadline " + a.keyDates().legalDeadline() + ", fines from " + a.keyDates().finesStart());
        for (ChargeLine line : a.fees()) {
            out.println(RenewalText.item(line.item(), locale) + ": " + line.amount().toPlainString() + " " + line.currency());
        }
        for (ChargeLine line : a.fines()) {
            out.println(RenewalText.item(line.item(), locale) + ": " + line.amount().toPlainString() + " " + line.currency());
        }
        out.println("total " + a.total().plain() + " " + a.total().currency());
        for (RenewalNote note : a.notes()) {
            out.println(note.message(locale));
        }
        return a;
    }
    // end::assess[]

    /** A fictitious Oman resident card expiring on 2027-06-30. */
    static IdentityDocument sampleCard() {
        return IdentityDocument.builder()
                .type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789")
                .dateOfIssue(LocalDate.of(2024, 6, 30))
                .dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH")
                        .sex(Sex.MALE).nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).build())
                .build();
    }

}

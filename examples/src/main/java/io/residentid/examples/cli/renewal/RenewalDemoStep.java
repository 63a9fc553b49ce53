package io.residentid.examples.cli.renewal;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.core.renewal.ChargeLine;
import io.residentid.core.renewal.KeyDates;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.core.renewal.RenewalNote;
import io.residentid.core.renewal.RenewalStatus;
import io.residentid.core.renewal.RenewalText;
import io.residentid.core.renewal.ResidentFacts;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Demo step: the sample resident's Oman card (expiry 2027-06-30) assessed shortly before expiry (renewal due)
 * and forty days after (late fine), with key dates, fees and fines in the chosen language.
 */
public final class RenewalDemoStep implements DemoStep {

    private static final Messages MESSAGES = Messages.forPackageOf(RenewalDemoStep.class);
    static final LocalDate BEFORE = LocalDate.of(2027, 6, 20);
    static final LocalDate AFTER = LocalDate.of(2027, 8, 9);

    @Override
    public String title(Locale locale) {
        return MESSAGES.get(locale, "demo.title", io.residentid.examples.cli.DemoContext.SAMPLE_HOLDER_SEX);
    }

    static IdentityDocument demoCard() {
        return IdentityDocument.builder()
                .type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789")
                .personalNumber("98765432")
                .issuingAuthority("Royal Oman Police")
                .dateOfIssue(LocalDate.of(2024, 6, 30))
                .dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(Person.builder().primaryIdentifier("Kumar").secondaryIdentifier("Rajesh")
                        .sex(Sex.MALE).nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).build())
                .build();
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        RenewalCalculator calculator = RenewalCalculator.bundled();
        IdentityDocument card = demoCard();
        ResidentFacts facts = ResidentFacts.builder().inCountry(true).residenceValid(true).unpaidFines(false)
                .sponsoredWorker(true).workContractValid(true).recentPhoto(true).fingerprintsOnFile(true).build();
        RenewalAssessment due = calculator.assess(card, facts, BEFORE, null);
        RenewalAssessment late = calculator.assess(card, facts, AFTER, null);
        print(out, due);
        out.raw("");
        print(out, late);
        return due.status() == RenewalStatus.DUE && late.status() == RenewalStatus.OVERDUE
                && "10.000".equals(late.total().plain());
    }

    private static void print(CliOutput out, RenewalAssessment a) {
        Locale locale = out.locale();
        KeyDates d = a.keyDates();
        out.line(MESSAGES, "demo.assessment", a.assessedOn().toString(), d.expiry().toString(),
                a.country().alpha2(), a.packVersion());
        out.line(MESSAGES, "demo.status", RenewalText.status(a.status(), locale));
        date(out, "label.recommendedRenewBy", d.recommendedRenewBy());
        date(out, "label.legalDeadline", d.legalDeadline());
        date(out, "label.graceEnds", d.graceEnds());
        date(out, "label.finesStart", d.finesStart());
        for (ChargeLine l : a.fees()) {
            out.line(MESSAGES, "demo.line", RenewalText.item(l.item(), locale), l.amount().toPlainString(), l.currency());
        }
        for (ChargeLine l : a.fines()) {
            out.line(MESSAGES, "demo.line", RenewalText.item(l.item(), locale), l.amount().toPlainString(), l.currency());
        }
        out.line(MESSAGES, "demo.total", a.total().plain(), a.total().currency());
        for (RenewalNote n : a.notes()) {
            out.line(MESSAGES, "demo.note", n.message(locale));
        }
    }

    private static void date(CliOutput out, String labelKey, LocalDate date) {
        if (date != null) {
            out.line(MESSAGES, "demo.keyDate", RenewalText.label(labelKey, out.locale()), date.toString());
        }
    }
}

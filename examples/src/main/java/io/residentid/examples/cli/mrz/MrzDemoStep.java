package io.residentid.examples.cli.mrz;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzCheckDigits;
import io.residentid.core.mrz.MrzCorrection;
import io.residentid.core.mrz.MrzFormat;
import io.residentid.core.mrz.MrzParser;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Demo step: the sample Oman resident card's TD1 MRZ is generated, read back with its check digits, then read
 * again as a camera OCR might damage it (letter O for zero in the dates) and repaired. The holder is fictitious.
 */
public final class MrzDemoStep implements DemoStep {

    private static final Messages MESSAGES = MrzParseCommand.MESSAGES;

    /** The demo's fictitious Oman resident card. */
    static IdentityDocument sampleCard() {
        Person holder = Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH").sex(DemoContext.SAMPLE_HOLDER_SEX)
                .nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).build();
        return IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("123456789")
                .personalNumber("98765432").dateOfExpiry(LocalDate.of(2027, 6, 30)).holder(holder).build();
    }

    @Override
    public String title(Locale locale) {
        return MESSAGES.get(locale, "demo.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        Mrz generated = Mrz.builder(MrzFormat.TD1, sampleCard()).build();
        out.line(MESSAGES, "demo.generated");
        generated.lines().forEach(line -> out.line(MESSAGES, "demo.line", line));

        Mrz read = Mrz.parse(generated.text());
        out.line(MESSAGES, "demo.parsed", read.primaryIdentifier(), read.secondaryIdentifier(), read.nationality(),
                String.valueOf(read.dateOfBirth()), String.valueOf(read.sex().mrzCode()), read.documentNumber(),
                read.issuingState(), String.valueOf(read.dateOfExpiry()), read.optionalData1());
        printChecks(out, read.checkDigits());

        // A camera OCR reading the letter O for the digit 0 in both dates of the middle line.
        String middle = generated.lines().get(1);
        String damagedMiddle = middle.substring(0, 15).replace('0', 'O') + middle.substring(15);
        String damaged = generated.lines().get(0) + "\n" + damagedMiddle + "\n" + generated.lines().get(2);
        out.line(MESSAGES, "demo.damaged");
        out.line(MESSAGES, "demo.line", damagedMiddle);

        Mrz strict = MrzParser.builder().ocrRepair(false).build().parse(damaged);
        List<String> problems = new ArrayList<>();
        for (Finding f : strict.findings()) {
            problems.add(f.message(out.locale()));
        }
        out.line(MESSAGES, "demo.damagedInvalid", String.join(" ", problems));

        Mrz repaired = Mrz.parse(damaged);
        out.line(MESSAGES, "demo.repaired");
        for (MrzCorrection c : repaired.corrections()) {
            out.line(MESSAGES, "demo.correction", c.line(), c.position(), String.valueOf(c.from()),
                    String.valueOf(c.to()));
        }
        boolean restored = repaired.valid() && repaired.lines().equals(generated.lines());
        out.line(MESSAGES, "demo.repairedValid", yesNo(out, restored));
        return generated.valid() && read.valid() && !strict.valid() && restored
                && repaired.corrections().size() == 3;
    }

    private static void printChecks(CliOutput out, MrzCheckDigits c) {
        out.line(MESSAGES, "demo.checks", okBad(out, c.documentNumber()), okBad(out, c.dateOfBirth()),
                okBad(out, c.dateOfExpiry()), okBad(out, c.composite()));
    }

    private static String okBad(CliOutput out, boolean ok) {
        return out.text(MESSAGES, ok ? "demo.ok" : "demo.bad");
    }

    private static String yesNo(CliOutput out, boolean yes) {
        return out.text(MESSAGES, yes ? "demo.yes" : "demo.no");
    }
}

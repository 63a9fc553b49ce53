package io.residentid.examples;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzCorrection;
import io.residentid.core.mrz.MrzFormat;
import io.residentid.core.report.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: parse the machine readable zone of a resident card as an OCR engine returned it, check its check
 * digits and see which OCR confusions were repaired.
 *
 * <p>Runs offline: {@code java -cp resident-id.jar io.residentid.examples.ParseMrz}.
 */
public final class ParseMrz {

    private ParseMrz() {
    }

    /**
     * Parses a sample OCR reading of a fictitious Oman resident card.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        boolean valid = run(sampleOcrText(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(valid ? 0 : 1);
    }

    /**
     * Parses the MRZ text and prints its fields (masked), check digits, repairs and findings.
     *
     * @param ocrText the three TD1 lines (or two TD3 lines) as OCR read them
     * @param out     where to print
     * @return whether the MRZ is valid
     */
    // tag::parse[]
    public static boolean run(String ocrText, PrintStream out) {
        // in production: ocrText is what your camera OCR or document scanner returned
        Mrz mrz = Mrz.parse(ocrText);              // any case, spaces, lines split or joined; repairs O/0-style misreads
        out.println("format " + mrz.format() + ", issued by " + mrz.issuingState()
                + ", document " + Masking.identifier(mrz.documentNumber()));
        out.println("holder " + Masking.name(mrz.primaryIdentifier()) + ", expires " + mrz.dateOfExpiry());
        out.println("check digits " + (mrz.checkDigits().composite() ? "ok" : "wrong") + ", valid " + mrz.valid());
        for (MrzCorrection c : mrz.corrections()) {
            out.println("repaired line " + c.line() + " position " + c.position() + ": " + c.from() + " -> " + c.to());
        }
        for (Finding f : mrz.findings()) {
            out.println(f.code() + ": " + f.message(Locale.ENGLISH));
        }
        return mrz.valid();
    }
    // end::parse[]

    /** The MRZ of a fictitious card, with the letter O read for the digit 0 in the expiry date. */
    static String sampleOcrText() {
        Person holder = Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH").sex(Sex.MALE)
                .nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).build();
        IdentityDocument card = IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789").personalNumber("98765432").dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(holder).build();
        Mrz printed = Mrz.builder(MrzFormat.TD1, card).build();
        String middle = printed.lines().get(1);
        // Expiry YYMMDD sits at positions 8..13 of the middle line: 270630 becomes 27O63O.
        String misread = middle.substring(0, 8) + middle.substring(8, 14).replace('0', 'O') + middle.substring(14);
        return printed.lines().get(0) + "\n" + misread + "\n" + printed.lines().get(2);
    }
}

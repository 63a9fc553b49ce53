package io.residentid.examples;

import io.residentid.core.id.IdNumberValidator;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.report.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Example: validate a Saudi Iqama number typed in by a clerk and print why it was refused, in Arabic.
 *
 * <p>Runs offline: {@code java -cp resident-id.jar io.residentid.examples.ValidateIdNumber [number]}.
 */
public final class ValidateIdNumber {

    /** A synthetic Iqama number with two adjacent digits swapped, as happens when typing it in. */
    static final String MISTYPED_IQAMA = "2354678904";

    private ValidateIdNumber() {
    }

    /**
     * Validates the number given as the first argument (a built-in mistyped sample otherwise).
     *
     * @param args optional: the number to validate
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean valid = run(args.length > 0 ? args[0] : MISTYPED_IQAMA, out);
        System.exit(valid ? 0 : 1);
    }

    /**
     * Validates one Iqama number and prints the verdict and every finding in Arabic.
     *
     * @param number the number as typed (any spacing)
     * @param out    where to print
     * @return whether the number is valid
     */
    // tag::validate[]
    public static boolean run(String number, PrintStream out) {
        // in production: the number comes from your form or from the card's MRZ
        IdValidationResult result = IdNumberValidator.forCountry(IssuingCountry.SAUDI_ARABIA).validate(number);
        Locale arabic = Locale.forLanguageTag("ar");
        out.println(result.maskedInput() + ": " + result.verdict());   // masked: 2*******04
        for (Finding finding : result.findings()) {
            out.println(finding.code() + ": " + finding.message(arabic));
        }
        return result.isValid();
    }
    // end::validate[]
}

package io.residentid.examples.cli.id;

import io.residentid.core.id.IdNumberValidator;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Demo step: the sample resident's identity numbers from the GCC states she has lived in, each validated, plus
 * one mistyped number to show a finding. Numbers are synthetic and printed masked.
 */
public final class IdDemoStep implements DemoStep {

    private static final Messages MESSAGES = IdValidateCommand.MESSAGES;

    /** A number to validate and whether the demo expects it to pass. */
    private record Sample(IssuingCountry country, String number, boolean expectValid, String labelKey) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(IssuingCountry.SAUDI_ARABIA, "2345678904", true, "demo.id.label.iqama"),
            new Sample(IssuingCountry.UNITED_ARAB_EMIRATES, "784-1985-3056412-3", true, "demo.id.label.eid"),
            new Sample(IssuingCountry.KUWAIT, "285021501236", true, "demo.id.label.civilId"),
            new Sample(IssuingCountry.QATAR, "28535612345", true, "demo.id.label.qid"),
            new Sample(IssuingCountry.BAHRAIN, "850212345", true, "demo.id.label.cpr"),
            new Sample(IssuingCountry.OMAN, "12345678", true, "demo.id.label.civilNumber"),
            // The Iqama number above with two adjacent digits swapped, as happens when typing it in.
            new Sample(IssuingCountry.SAUDI_ARABIA, "2354678904", false, "demo.id.label.typo"));

    @Override
    public String title(Locale locale) {
        return MESSAGES.get(locale, "demo.id.title", DemoContext.SAMPLE_HOLDER_SEX);
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        boolean asExpected = true;
        for (Sample sample : SAMPLES) {
            IdValidationResult result = IdNumberValidator.forCountry(sample.country()).validate(sample.number());
            asExpected &= result.isValid() == sample.expectValid();
            Locale locale = out.locale();
            // Dashes out first, so that the Emirates ID masks like the others.
            String masked = Masking.identifier(result.normalized().orElse(sample.number()).replace("-", ""));
            out.line(MESSAGES, result.isValid() ? "demo.id.valid" : "demo.id.invalid",
                    sample.country().displayName(locale), out.text(MESSAGES, sample.labelKey()), masked,
                    facts(out, result));
            for (Finding finding : result.findings()) {
                out.line(MESSAGES, "demo.id.finding", finding.code(), finding.message(locale));
            }
        }
        out.line(MESSAGES, asExpected ? "demo.id.summary.ok" : "demo.id.summary.unexpected");
        return asExpected;
    }

    /** The localized name of the country with this ISO alpha-3 code (the code itself if the JDK has no name). */
    private static String countryName(String alpha3, Locale locale) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equals(alpha3)) {
                return country.getDisplayCountry(locale);
            }
        }
        return alpha3;
    }

    /** The facts the number reveals, as a localized comma-separated list (or empty). */
    private static String facts(CliOutput out, IdValidationResult result) {
        List<String> facts = new ArrayList<>();
        result.holderType().ifPresent(h -> facts.add(out.text(MESSAGES, "demo.id.holderType." + h.name(),
                DemoContext.SAMPLE_HOLDER_SEX)));
        result.birthYear().ifPresent(y -> facts.add(out.text(MESSAGES, "demo.id.birthYear", Integer.toString(y))));
        result.nationality().ifPresent(n -> facts.add(out.text(MESSAGES, "demo.id.nationality",
                countryName(n.code(), out.locale()), n.code())));
        return facts.isEmpty() ? "" : " (" + String.join(out.text(MESSAGES, "demo.id.separator"), facts) + ")";
    }
}

package io.residentid.examples.cli.renewal;

import io.residentid.core.model.HijriDates;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.ResidentFacts;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resident-id renewal assess}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a card renewal: status, key dates, fees, fines, eligibility, documents.")
final class AssessCommand extends CliCommand {

    @Mixin
    CountryOption country;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Expiry expiry;

    static final class Expiry {
        @Option(names = "--expiry", paramLabel = "DATE", description = "Card expiry, ISO date (YYYY-MM-DD).")
        LocalDate gregorian;

        @Option(names = "--hijri-expiry", paramLabel = "YYYY/MM/DD", description = "Card expiry in the Umm al-Qura calendar.")
        String hijri;
    }

    @Mixin
    AssessmentDateOption assessmentDate;

    @Option(names = "--validity", paramLabel = "PERIOD", description = "Validity to price, e.g. P1Y, P3M (default: the pack's default).")
    Period validity;

    @Option(names = "--facts", paramLabel = "FILE", description = "JSON file with resident facts (inCountry, passportExpiry, sponsorCategory, ...).")
    Path facts;

    @Option(names = "--offences", paramLabel = "N", description = "Earlier offences of the same kind (default: from the facts, else unknown).")
    Integer offences;

    @Mixin
    RulePackFilesOption rulePacks;

    @Override
    public Integer call() throws IOException {
        CliOutput out = output();
        IssuingCountry c = country.country();
        LocalDate exp = expiry.gregorian != null ? expiry.gregorian : HijriDates.parseToGregorian(expiry.hijri);
        ResidentFacts f = readFacts(out, facts, offences);
        RenewalAssessment a = rulePacks.calculator(out).assess(c, exp, f, assessmentDate.date(), validity);
        RenewalCommand.printAssessment(out, g -> new AssessmentWriter(out.locale(), true).fields(g, a));
        return ExitCodes.OK;
    }

    /** Facts from a JSON file (at most 16 KiB) with the offence count from the command line applied. */
    static ResidentFacts readFacts(CliOutput out, Path file, Integer offences) {
        ResidentFacts f = ResidentFacts.none();
        if (file != null) {
            f = ResidentFacts.parse(new String(CliFiles.read(out, file, 16_384), StandardCharsets.UTF_8));
        }
        if (offences != null) {
            if (offences < 0 || offences > 99) {
                throw CliException.usage(out.text(RenewalCommand.MESSAGES, "offences.range"));
            }
            f = f.toBuilder().priorOffences(offences).build();
        }
        return f;
    }
}

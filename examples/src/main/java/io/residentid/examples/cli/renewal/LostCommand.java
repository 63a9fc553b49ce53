package io.residentid.examples.cli.renewal;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.LostCardAssessment;
import io.residentid.core.renewal.RenewalProcess;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resident-id renewal lost}. */
@Command(name = "lost", mixinStandardHelpOptions = true,
        description = "A lost (or damaged) card: reporting deadline, replacement fee, documents.")
final class LostCommand extends CliCommand {

    @Mixin
    CountryOption country;

    @Option(names = "--lost-on", required = true, paramLabel = "DATE", description = "Day the card was lost (ISO date).")
    LocalDate lostOn;

    @Mixin
    AssessmentDateOption assessmentDate;

    @Option(names = "--offences", paramLabel = "N", description = "Earlier losses (default: unknown, assessed as the first).")
    Integer offences;

    @Option(names = "--damaged", description = "The card is damaged rather than lost.")
    boolean damaged;

    @Option(names = "--facts", paramLabel = "FILE", description = "JSON file with resident facts.")
    Path facts;

    @Option(names = "--pack", paramLabel = "FILE", description = "Extra rule pack file(s).")
    List<Path> packs;

    @Override
    public Integer call() throws IOException {
        CliOutput out = output();
        IssuingCountry c = country.country();
        LocalDate assessedOn = assessmentDate.date();
        if (lostOn.isAfter(assessedOn)) {
            throw io.residentid.examples.cli.CliException.usage(out.text(RenewalCommand.MESSAGES, "lost.future",
                    lostOn, assessedOn));
        }
        LostCardAssessment a = RenewalCommand.calculator(out, packs).assessLost(c, damaged ? RenewalProcess.DAMAGED : RenewalProcess.LOST,
                lostOn, AssessCommand.readFacts(out, facts, offences), assessedOn);
        RenewalCommand.printAssessment(out, g -> new AssessmentWriter(out.locale(), true).fields(g, a));
        return ExitCodes.OK;
    }
}

package io.residentid.examples.cli.renewal;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --today} option of the assessing renewal commands, a picocli mixin: the day assessed as today. */
final class AssessmentDateOption {

    @Option(names = "--today", paramLabel = "DATE", description = "Assessment date (default: today).")
    private LocalDate today;

    /** {@return the assessment date: {@code --today}, or the system's current date when it is not given} */
    LocalDate date() {
        return today != null ? today : LocalDate.now();
    }
}

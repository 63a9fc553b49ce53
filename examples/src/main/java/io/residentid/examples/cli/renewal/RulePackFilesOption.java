package io.residentid.examples.cli.renewal;

import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.examples.cli.CliOutput;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --pack} option of {@code renewal assess} and {@code renewal batch}, a picocli mixin: extra rule pack
 * files over the bundled ones, and the calculator that uses them.
 */
final class RulePackFilesOption {

    @Option(names = "--pack", paramLabel = "FILE", description = "Extra rule pack file(s), overriding bundled versions.")
    private List<Path> packs;

    /** {@return a calculator over the bundled packs and the {@code --pack} files; a bad file is a usage error} */
    RenewalCalculator calculator(CliOutput out) {
        return RenewalCommand.calculator(out, packs);
    }
}

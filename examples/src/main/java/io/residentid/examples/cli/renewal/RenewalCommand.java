package io.residentid.examples.cli.renewal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.core.renewal.RulePack;
import io.residentid.core.renewal.RulePackException;
import io.residentid.core.renewal.RulePacks;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CommandGroup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code resident-id renewal}: renewal deadlines, fees, fines and eligibility from the rule packs. */
@Command(name = "renewal", mixinStandardHelpOptions = true,
        description = "Renewal deadlines, fees, fines, eligibility and documents from data-driven rule packs.",
        subcommands = {
            AssessCommand.class,
            LostCommand.class,
            BatchCommand.class,
            PacksCommand.class,
        })
public final class RenewalCommand extends CommandGroup {

    /** The renewal commands' texts (English and Arabic). */
    static final Messages MESSAGES = Messages.forPackageOf(RenewalCommand.class);

    /** Bundled packs plus the given pack files (which override bundled versions with the same start date). */
    static RulePacks packs(CliOutput out, List<Path> files) {
        if (files == null || files.isEmpty()) {
            return RulePacks.bundled();
        }
        RulePacks.Builder b = RulePacks.builder().addBundled();
        for (Path f : files) {
            try {
                b.add(RulePack.load(f));
            } catch (RulePackException e) {
                throw CliException.usage(out.text(MESSAGES, "pack.invalid", f.getFileName(), out.reason(e)));
            }
        }
        return b.build();
    }

    /** A calculator over the bundled packs and the given pack files; a bad file is a usage error. */
    static RenewalCalculator calculator(CliOutput out, List<Path> files) {
        return new RenewalCalculator(packs(out, files));
    }

    /** Writes JSON with a generator that must not close stdout. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** Prints one pretty-printed JSON value on stdout, then a line break. */
    static void printJson(CliOutput out, JsonBody body) throws IOException {
        try (JsonGenerator g = prettyGenerator(out.out())) {
            body.write(g);
        }
        out.out().println();
        out.out().flush();
    }

    /** Prints an assessment (renewal or lost card) as one JSON object with localized texts. */
    static void printAssessment(CliOutput out, JsonBody fields) throws IOException {
        printJson(out, g -> {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        });
    }

    /** A pretty-printing generator over the command's stdout. */
    private static JsonGenerator prettyGenerator(PrintWriter out) throws IOException {
        JsonGenerator g = ResidentIdJson.mapper().getFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}

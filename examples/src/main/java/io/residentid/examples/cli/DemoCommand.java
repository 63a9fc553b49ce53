package io.residentid.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code resident-id demo}: walks through the SDK with a sample resident, offline and without a card reader. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walk through the SDK with a sample resident card: no arguments, no network, no card reader.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--keep", "--work-dir"}, paramLabel = "DIR",
            description = "Keep the demo's files (keys, credentials, evidence) in DIR; by default they go to a temporary directory that is deleted at the end.")
    Path workDir;

    @Option(names = "--all", description = "Also run the low-level steps (TLV and ATR codecs, APDUs to an emulated card).")
    boolean all;

    /** Low-level steps, shown only with {@code --all}: the default demo tells the bank-onboarding story. */
    static final java.util.Set<Class<?>> LOW_LEVEL = java.util.Set.of(
            io.residentid.examples.cli.codec.CodecDemoStep.class, io.residentid.examples.cli.card.CardDemoStep.class);

    /** The steps in order. Later capabilities append theirs here. */
    static List<DemoStep> steps() {
        List<DemoStep> steps = new java.util.ArrayList<>();
        steps.add(new io.residentid.examples.cli.mrz.MrzDemoStep());
        steps.add(new io.residentid.examples.cli.id.IdDemoStep());
        steps.add(new io.residentid.examples.cli.renewal.RenewalDemoStep());
        steps.add(new io.residentid.examples.cli.pki.PkiDemoStep());
        steps.add(new io.residentid.examples.cli.qr.QrDemoStep());
        steps.add(new io.residentid.examples.cli.codec.CodecDemoStep());
        steps.add(new io.residentid.examples.cli.card.CardDemoStep());
        steps.add(new io.residentid.examples.cli.chip.ChipDemoStep());
        steps.add(new io.residentid.examples.cli.seal.SealDemoStep());
        steps.add(new io.residentid.examples.cli.mdoc.MdocDemoStep());
        steps.add(new io.residentid.examples.cli.kyc.KycDemoStep());
        return steps;
    }

    @Override
    public Integer call() throws Exception {
        CliOutput out = ResidentIdCli.output(spec);
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("resident-id-demo");
        DemoContext context = new DemoContext(dir);
        out.line("demo.title");
        out.line("demo.sample", DemoContext.SAMPLE_HOLDER_SEX);
        boolean allPassed = true;
        try {
            int index = 1;
            List<DemoStep> steps = steps().stream().filter(s -> all || !LOW_LEVEL.contains(s.getClass())).toList();
            for (DemoStep step : steps) {
                out.raw("");
                out.line("demo.step", index++, steps.size(), step.title(out.locale()));
                boolean passed = step.run(out, context);
                allPassed &= passed;
            }
        } catch (Exception | Error e) {
            if (workDir == null) {
                deleteRecursively(dir);
            }
            throw e;
        }
        out.raw("");
        if (workDir != null) {
            out.line(allPassed ? "demo.done" : "demo.failed", dir.toAbsolutePath());
        } else {
            // The demo writes a private issuer key among other files: nothing of it stays behind unless asked.
            deleteRecursively(dir);
            out.line(allPassed ? "demo.doneCleaned" : "demo.failedCleaned");
        }
        return allPassed ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static void deleteRecursively(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (java.io.IOException ignored) {
                    // Best effort; a file that cannot be deleted is left in the system's temporary directory.
                }
            });
        } catch (java.io.IOException ignored) {
            // The directory is already gone.
        }
    }
}

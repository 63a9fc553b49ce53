package io.residentid.examples.cli.pki;

import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id pki}: certificate path validation, CMS verification and ICAO master lists. */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = "Validate certificate paths, verify CMS signatures (EF.SOD) and read ICAO CSCA master lists.",
        subcommands = {ValidateCommand.class, VerifyCmsCommand.class, MasterListCommand.class})
public final class PkiCommand implements Callable<Integer> {

    static final Messages MESSAGES = Messages.forPackageOf(PkiCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** One finding as printed: code, severity, localized message, the certificate it is about. */
    record FindingJson(String code, String severity, String message, String certificate) {
        static FindingJson of(Finding f, Locale locale) {
            String certificate = f.arguments().isEmpty() ? null : String.valueOf(f.arguments().get(0));
            return new FindingJson(f.code(), f.severity().name(), f.message(locale), certificate);
        }
    }

    static List<FindingJson> findings(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> FindingJson.of(f, locale)).toList();
    }

    static CliOutput out(CommandSpec spec) {
        return ResidentIdCli.output(spec);
    }

    static List<X509CertificateHolder> certificates(CliOutput out, Path file) {
        try {
            return Certificates.read(file);
        } catch (PkiException e) {
            throw CliException.usage(out.text(MESSAGES, "pki.unreadable", file, e.getMessage()));
        }
    }

    static TrustStore anchors(CliOutput out, List<Path> files) {
        TrustStore.Builder builder = TrustStore.builder();
        for (Path file : files) {
            try {
                builder.addPath(file);
            } catch (PkiException e) {
                throw CliException.usage(out.text(MESSAGES, "pki.unreadable", file, e.getMessage()));
            }
        }
        return builder.build();
    }

    static Instant instant(CliOutput out, String text) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage(out.text(MESSAGES, "pki.badInstant", text));
        }
    }

    static List<Path> orEmpty(List<Path> paths) {
        return paths == null ? List.of() : new ArrayList<>(paths);
    }
}

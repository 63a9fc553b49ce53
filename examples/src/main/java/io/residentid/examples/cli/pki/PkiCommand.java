package io.residentid.examples.cli.pki;

import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CommandGroup;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;

/** {@code resident-id pki}: certificate path validation, CMS verification and ICAO master lists. */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = "Validate certificate paths, verify CMS signatures (EF.SOD) and read ICAO CSCA master lists.",
        subcommands = {ValidateCommand.class, VerifyCmsCommand.class, MasterListCommand.class})
public final class PkiCommand extends CommandGroup {

    static final Messages MESSAGES = Messages.forPackageOf(PkiCommand.class);

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

    /** Reads {@code file} with a pki reader; a {@link PkiException} becomes a usage error naming the file. */
    static <T> T read(CliOutput out, Path file, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (PkiException e) {
            throw CliException.usage(out.text(MESSAGES, "pki.unreadable", file, out.reason(e)));
        }
    }

    static List<X509CertificateHolder> certificates(CliOutput out, Path file) {
        return read(out, file, () -> Certificates.read(file));
    }

    /**
     * Anchors from PEM/DER files, folders and PKCS#12 key stores ({@code .p12}/{@code .pfx}; the password, if any,
     * from {@code RESIDENT_ID_P12_PASSWORD}). Files of a folder that are not certificates are named on stderr.
     */
    static TrustStore anchors(CliOutput out, List<Path> files) {
        return anchors(out, files, null);
    }

    /** As {@link #anchors(CliOutput, List)}, PKCS#12 passwords read from the first line of {@code passwordFile}. */
    static TrustStore anchors(CliOutput out, List<Path> files, Path passwordFile) {
        TrustStore.Builder builder = TrustStore.builder();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".p12") || name.endsWith(".pfx")) {
                char[] password = p12Password(out, passwordFile);
                try {
                    read(out, file, () -> builder.addPkcs12(file, password));
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            } else {
                read(out, file, () -> builder.addPath(file));
            }
        }
        TrustStore store = builder.build();
        if (!store.skippedFiles().isEmpty()) {
            out.err().println("resident-id: " + out.text(MESSAGES, "pki.skipped", String.join(", ", store.skippedFiles())));
            out.err().flush();
        }
        return store;
    }

    private static char[] p12Password(CliOutput out, Path passwordFile) {
        if (passwordFile != null) {
            byte[] bytes = io.residentid.examples.cli.CliFiles.read(out, passwordFile, 4096);
            try {
                java.nio.CharBuffer chars = java.nio.charset.StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes));
                int end = 0;
                while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                    end++;
                }
                char[] password = new char[end];
                chars.get(password, 0, end);
                java.util.Arrays.fill(chars.array(), '\0');
                return password;
            } finally {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        }
        String env = System.getenv("RESIDENT_ID_P12_PASSWORD");
        return env == null ? new char[0] : env.toCharArray();
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

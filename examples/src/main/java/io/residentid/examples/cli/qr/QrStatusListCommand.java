package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CommandGroup;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListException;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.trust.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qr status-list create|set}: build and update IETF Token Status Lists. */
@Command(name = "status-list", mixinStandardHelpOptions = true, description = "Build and update status lists (revocation).",
        subcommands = {QrStatusListCommand.Create.class, QrStatusListCommand.Set.class})
final class QrStatusListCommand extends CommandGroup {

    static Map<String, Object> summary(Path file, String uri, StatusList list, Instant iat, Duration ttl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("uri", uri);
        m.put("bits", list.bits());
        m.put("size", list.size());
        m.put("issuedAt", iat.toString());
        m.put("ttlSeconds", ttl == null ? null : ttl.getSeconds());
        return m;
    }

    /** {@return the token's issue time: {@code at}, or now, in whole seconds (JWT times are seconds)} */
    static Instant issuedAt(Instant at) {
        return (at != null ? at : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@return a usage error for a status list that cannot be built, read or changed, with the library's detail} */
    static CliException invalid(CliOutput output, RuntimeException e) {
        return CliException.usage(output.text(QrFiles.MESSAGES, "qr.status.invalid", output.reason(e)));
    }

    /** {@code status-list create --key K --iss URI --uri URI --size N [--bits B] [--ttl S] --out FILE}. */
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a signed status list with every entry valid.")
    static final class Create extends CliCommand {

        @Mixin
        IssuerKeyOption issuerKey;

        @Option(names = "--iss", required = true, paramLabel = "URI", description = "The issuer URI.")
        String iss;

        @Option(names = "--uri", required = true, paramLabel = "URI", description = "The list's URI (the credentials' status_list.uri).")
        String uri;

        @Option(names = "--size", required = true, paramLabel = "N", description = "Number of entries.")
        int size;

        @Option(names = "--bits", paramLabel = "1|2|4|8", defaultValue = "1", description = "Bits per entry (default 1).")
        int bits;

        @Option(names = "--ttl", paramLabel = "SECONDS", defaultValue = "86400", description = "Time to live in seconds (default 86400).")
        long ttl;

        @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "Issue time (default now).")
        Instant at;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the token.")
        Path out;

        @Override
        public Integer call() {
            CliOutput output = output();
            SigningKey signingKey = issuerKey.signingKey(output);
            StatusList list;
            try {
                list = StatusList.create(bits, size);
            } catch (IllegalArgumentException e) {
                throw invalid(output, e);
            }
            Instant iat = issuedAt(at);
            Duration timeToLive = ttl > 0 ? Duration.ofSeconds(ttl) : null;
            CliFiles.write(output, out, StatusListToken.sign(signingKey, iss, uri, list, iat, null, timeToLive)
                    .getBytes(StandardCharsets.US_ASCII));
            output.json(summary(out, uri, list, iat, timeToLive));
            return ExitCodes.OK;
        }
    }

    /** {@code status-list set --key K --list FILE --index N --status valid|invalid|suspended|N}: updates and re-signs. */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set one entry of a status list and re-sign it.")
    static final class Set extends CliCommand {

        @Option(names = "--key", required = true, paramLabel = "FILE", description = "The issuer's private JWK (signed the list).")
        Path key;

        @Option(names = "--list", required = true, paramLabel = "FILE", description = "The status list token to update in place.")
        Path file;

        @Option(names = "--index", required = true, paramLabel = "N", description = "The entry.")
        long index;

        @Option(names = "--status", required = true, paramLabel = "STATUS", description = "valid, invalid, suspended or a number.")
        String status;

        @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "New issue time (default now).")
        Instant at;

        @Override
        public Integer call() {
            CliOutput output = output();
            SigningKey signingKey = QrFiles.signingKey(output, key);
            String raw = new String(CliFiles.read(output, file, StatusListToken.MAX_TOKEN_LENGTH), StandardCharsets.US_ASCII);
            StatusListToken token;
            try {
                // The list must verify with the key that will re-sign it.
                token = StatusListToken.parse(raw, signingKey.issuerKey(), StatusList.MAX_BYTES);
            } catch (StatusListException e) {
                throw invalid(output, e);
            }
            StatusList list = token.list();
            try {
                list.set(index, value(status));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw invalid(output, e);
            }
            Instant iat = issuedAt(at);
            Instant exp = token.expiresAt().map(e -> iat.plus(Duration.between(token.issuedAt(), e))).orElse(null);
            String iss = token.issuer().orElse("https://self.invalid");
            CliFiles.write(output, file, StatusListToken.sign(signingKey, iss, token.uri(), list, iat, exp, token.ttl().orElse(null))
                    .getBytes(StandardCharsets.US_ASCII));
            Map<String, Object> m = summary(file, token.uri(), list, iat, token.ttl().orElse(null));
            m.put("index", index);
            m.put("status", list.get(index));
            output.json(m);
            return ExitCodes.OK;
        }

        private static int value(String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "valid":
                    return StatusList.VALID;
                case "invalid":
                case "revoked":
                    return StatusList.INVALID;
                case "suspended":
                    return StatusList.SUSPENDED;
                default:
                    try {
                        return Integer.parseInt(s.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Unknown status '" + s + "'");
                    }
            }
        }
    }
}

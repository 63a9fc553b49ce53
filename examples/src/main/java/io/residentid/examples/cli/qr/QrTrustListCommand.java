package io.residentid.examples.cli.qr;

import io.residentid.core.model.IssuingCountry;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CommandGroup;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.trust.IssuerKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qr trustlist}: build trust lists. */
@Command(name = "trustlist", mixinStandardHelpOptions = true, description = "Build trust lists of issuer keys.",
        subcommands = {QrTrustListCommand.Add.class, QrTrustListCommand.Sign.class})
final class QrTrustListCommand extends CommandGroup {

    /**
     * {@code qr trustlist add --issuer URI --country CC --key issuer.jwk --out trust.json}: adds the key's public part
     * to the issuer (created if new) in the list at {@code --out} (created if missing).
     */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an issuer key (public part only) to a trust list, creating the list or issuer if needed.")
    static final class Add extends CliCommand {

        @Option(names = "--issuer", required = true, paramLabel = "URI", description = "The issuer URI (https).")
        String issuer;

        @Option(names = "--country", required = true, paramLabel = "CC", description = "Issuing country: OM SA QA AE KW BH.")
        String country;

        @Option(names = "--key", required = true, paramLabel = "FILE", description = "The issuer's JWK (public or private; only the public part is written).")
        Path key;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The trust list to create or update.")
        Path out;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name (default: the URI).")
        String name;

        @Option(names = "--valid-from", paramLabel = "ISO-INSTANT", description = "Start of the issuer's validity.")
        Instant validFrom;

        @Option(names = "--valid-until", paramLabel = "ISO-INSTANT", description = "End of the issuer's validity.")
        Instant validUntil;

        @Override
        public Integer call() {
            CliOutput output = output();
            IssuingCountry cc = IssuingCountry.fromCode(country).orElseThrow(() ->
                    CliException.usage(output.text(QrFiles.MESSAGES, "qr.trust.country", country)));
            IssuerKey issuerKey = QrFiles.publicKey(output, key);
            TrustList list = Files.exists(out) ? QrFiles.trustList(output, out) : TrustList.empty();
            try {
                TrustedIssuer.Builder b = list.issuer(issuer).map(TrustedIssuer::toBuilder)
                        .orElseGet(() -> TrustedIssuer.builder(issuer, cc));
                if (name != null) {
                    b.displayName(name);
                }
                if (validFrom != null || validUntil != null) {
                    TrustedIssuer current = list.issuer(issuer).orElse(null);
                    b.validity(validFrom != null ? validFrom : current == null ? null : current.validFrom(),
                            validUntil != null ? validUntil : current == null ? null : current.validUntil());
                }
                TrustedIssuer updated = b.key(issuerKey).build();
                if (updated.country() != cc) {
                    throw CliException.usage(output.text(QrFiles.MESSAGES, "qr.trust.countryMismatch", issuer));
                }
                list = list.with(updated);
            } catch (TrustListException e) {
                throw CliException.usage(output.text(QrFiles.MESSAGES, "qr.trust.cannotAdd", output.reason(e)));
            }
            CliFiles.write(output, out, list.toJson());
            output.json(java.util.Map.of("issuer", issuer, "kid", issuerKey.kid(), "alg", issuerKey.algorithm().jwsName(),
                    "issuers", list.issuers().size()));
            return ExitCodes.OK;
        }
    }

    /** {@code qr trustlist sign --signer signer.jwk --in trust.json --out trust.jws}: signs a trust list. */
    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Sign a trust list as a JWS with a trust-list signer key (verifiers pin its public key).")
    static final class Sign extends CliCommand {

        @Option(names = "--signer", required = true, paramLabel = "FILE", description = "The signer's private JWK.")
        Path signer;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "The trust list (JSON).")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the signed list.")
        Path out;

        @Override
        public Integer call() {
            CliOutput output = output();
            io.residentid.qr.trust.SigningKey key = QrFiles.signingKey(output, signer);
            TrustList list = QrFiles.trustList(output, in);
            CliFiles.write(output, out, list.sign(key).getBytes(StandardCharsets.US_ASCII));
            output.json(java.util.Map.of("signerKid", key.kid(), "issuers", list.issuers().size()));
            return ExitCodes.OK;
        }
    }
}

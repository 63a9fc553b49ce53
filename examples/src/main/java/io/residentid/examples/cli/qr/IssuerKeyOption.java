package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CliOutput;
import io.residentid.qr.trust.SigningKey;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The required {@code --key} option of {@code qr issue} and {@code qr status-list create}, a picocli mixin. */
final class IssuerKeyOption {

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The issuer's private JWK.")
    private Path key;

    /** {@return the issuer's signing key read from {@code --key}; an unreadable or public-only key is a usage error} */
    SigningKey signingKey(CliOutput out) {
        return QrFiles.signingKey(out, key);
    }
}

package io.residentid.examples.cli.pki;

import io.residentid.examples.cli.CliOutput;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The {@code --at} option of every {@code pki} command, a picocli mixin: the time certificates are validated at,
 * now by default. Kept as text so that a malformed instant is reported with the pki bundle's message.
 */
final class ValidationTimeOption {

    @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "Validation time (default: now).")
    private String at;

    /** {@return the validation time: the {@code --at} instant, or now when it is not given} */
    Instant instant(CliOutput out) {
        return PkiCommand.instant(out, at);
    }
}

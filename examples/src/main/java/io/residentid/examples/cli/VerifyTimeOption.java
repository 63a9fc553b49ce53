package io.residentid.examples.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The {@code --at} option of the verifying commands ({@code qr verify}, {@code kyc verify}), a picocli mixin: the
 * instant to verify as of, now by default. Dates and instants are read by the CLI's converters.
 */
public final class VerifyTimeOption {

    @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "Verify as of this instant (default: now).")
    private Instant at;

    /** Picocli creates the mixin and fills in {@code --at}. */
    public VerifyTimeOption() {
    }

    /** {@return the instant to verify as of: {@code --at}, or now when it is not given} */
    public Instant instant() {
        return at != null ? at : Instant.now();
    }
}

package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliOutput;
import io.residentid.kyc.KycTrust;
import io.residentid.kyc.KycVerifier;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --policy} option of {@code kyc verify} and {@code kyc reverify}, a picocli mixin, and the verifier
 * both build from it.
 */
final class DecisionPolicyOption {

    @Option(names = "--policy", paramLabel = "FILE", description = "The decision policy (JSON; default: the built-in policy).")
    private Path policy;

    /** {@return a verifier with {@code trust} and the {@code --policy} file (the built-in policy without one)} */
    KycVerifier verifier(CliOutput out, KycTrust trust) {
        return KycVerifier.builder().trust(trust).policy(KycCliSupport.policy(out, policy)).build();
    }
}

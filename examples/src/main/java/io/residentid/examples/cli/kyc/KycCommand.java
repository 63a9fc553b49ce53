package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id kyc}: KYC for banks: one explainable verdict over chip, MRZ, QR credential and declared data; signed evidence records. */
@Command(name = "kyc", mixinStandardHelpOptions = true,
        description = "KYC for banks: one explainable verdict over chip, MRZ, QR credential and declared data; signed evidence records.",
        subcommands = {KycVerifyCommand.class, KycTrustCommand.class, KycRecordCommand.class, KycReportCommand.class,
            KycReverifyCommand.class, KycNameMatchCommand.class})
public final class KycCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

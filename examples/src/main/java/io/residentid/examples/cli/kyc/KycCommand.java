package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id kyc}: KYC for banks: one explainable verdict over chip, MRZ, QR credential and declared data; signed evidence records. */
@Command(name = "kyc", mixinStandardHelpOptions = true,
        description = "KYC for banks: one explainable verdict over chip, MRZ, QR credential and declared data; signed evidence records.",
        subcommands = {KycVerifyCommand.class, KycTrustCommand.class, KycRecordCommand.class, KycReportCommand.class,
            KycReverifyCommand.class, KycNameMatchCommand.class})
public final class KycCommand extends CommandGroup {
}

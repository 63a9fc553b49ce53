package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliOutput;
import io.residentid.kyc.EvidenceRecord;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The required {@code --record} option of {@code kyc record verify} and {@code kyc report}, a picocli mixin: an
 * evidence record file, verified before anything in it is read.
 */
final class EvidenceRecordOption {

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The evidence record (compact JWS).")
    private Path record;

    /** {@return the record's verification with the bank's public key file (each command words its own --key)} */
    EvidenceRecord.Verification verify(CliOutput out, Path publicKeyFile) {
        return KycCliSupport.verifyRecord(out, record, publicKeyFile);
    }
}

package io.residentid.examples.cli.kyc;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CommandGroup;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.EvidenceRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kyc record verify|keygen}: evidence records (signed KYC reports). */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Evidence records: KYC reports signed by the bank (compact JWS, ES256).",
        subcommands = {KycRecordCommand.Verify.class, KycRecordCommand.Keygen.class})
final class KycRecordCommand extends CommandGroup {

    /** {@code kyc record verify --record FILE --key FILE}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify an evidence record's signature with the bank's public key and print its report (exit 0 valid, 1 invalid).")
    static final class Verify extends CliCommand {

        @Mixin
        EvidenceRecordOption record;

        @Option(names = "--key", required = true, paramLabel = "FILE", description = "The bank's public P-256 JWK.")
        Path key;

        @Override
        public Integer call() {
            CliOutput out = output();
            EvidenceRecord.Verification v = record.verify(out, key);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("valid", v.signatureValid());
            json.put("kid", v.kid().orElse(null));
            json.put("findings", v.findings().stream().map(f -> Map.of("code", f.code(), "severity",
                    f.severity().name(), "message", f.message(out.locale()))).toList());
            json.put("report", v.report().orElse(null));
            out.json(json);
            return v.signatureValid() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    /** {@code kyc record keygen --out FILE --public-out FILE}. */
    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = "Generate the bank's P-256 record-signing key (private JWK written owner-only).")
    static final class Keygen extends CliCommand {

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the private JWK (mode 0600).")
        Path privateOut;

        @Option(names = "--public-out", required = true, paramLabel = "FILE", description = "Where to write the public JWK.")
        Path publicOut;

        @Override
        public Integer call() {
            CliOutput out = output();
            ECKey key = EvidenceRecord.generateKey();
            byte[] privateJwk = key.toJSONString().getBytes(StandardCharsets.UTF_8);
            try {
                CliFiles.writePrivate(out, privateOut, privateJwk, true);
            } finally {
                java.util.Arrays.fill(privateJwk, (byte) 0);
            }
            CliFiles.write(out, publicOut, key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kid", key.getKeyID());
            json.put("private", privateOut.toString());
            json.put("public", publicOut.toString());
            out.json(json);
            return ExitCodes.OK;
        }
    }
}

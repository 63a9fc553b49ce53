package io.residentid.examples;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.emulator.ResidentCard;
import io.residentid.kyc.CheckOutcome;
import io.residentid.kyc.ChipEvidence;
import io.residentid.kyc.DeclaredData;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycEvidence;
import io.residentid.kyc.KycReport;
import io.residentid.kyc.KycTrust;
import io.residentid.kyc.KycVerifier;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.TransmissionRules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Runnable example: a bank onboards a resident. It reads the (emulated) card keeping the chip evidence, adds the
 * OCR MRZ and the data the customer typed, verifies everything in one call, prints the decision and each check, and
 * signs the report as an evidence record. With a real reader, pass a PC/SC channel instead of the emulated one.
 *
 * <pre>java -cp resident-id-cli.jar io.residentid.examples.KycOnboardingExample [evidence-dir]</pre>
 */
public final class KycOnboardingExample {

    private KycOnboardingExample() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the directory to write the chip evidence to (default: a temporary one)
     */
    public static void main(String[] args) throws Exception {
        // 1. Read the card. The result keeps the exact bytes and the active-authentication challenge and signature.
        ResidentCard card = ResidentCard.demo();
        ChipReadResult read = ChipReader.builder().build()
                .read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), AccessKey.can(card.can()));
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("kyc-example").resolve("case-1");
        ChipEvidence.fromChipRead(read).write(dir);

        // 2. Trust: the issuer's CSCA (in production: the ICAO master lists of the GCC states).
        KycVerifier verifier = KycVerifier.builder()
                .trust(KycTrust.builder().csca(card.csca(), "emulator test CSCA").build())
                .build();

        // 3. Everything the bank has, then one decision, re-verified from the saved bytes.
        DeclaredData declared = DeclaredData.parse(("{\"name\":\"رافي كومار\",\"dateOfBirth\":\"1988-04-12\","
                + "\"nationality\":\"IND\",\"documentNumber\":\"RC1234567\"}").getBytes(StandardCharsets.UTF_8));
        KycReport report = verifier.verify(KycEvidence.builder()
                .chip(ChipEvidence.load(dir))
                .ocrMrz(String.join("\n", card.mrzLines()))
                .declared(declared)
                .caseId("case-1")
                .build());
        System.out.println("Decision: " + report.decision() + " (policy " + report.policyId() + " v"
                + report.policyVersion() + ", " + LocalDate.now() + ")");
        for (CheckOutcome c : report.checks()) {
            System.out.println("  " + c.check() + ": " + c.status());
            c.findings().forEach(f -> System.out.println("      " + f.code() + " - " + f.message()));
        }

        // 4. The evidence record: the report signed by the bank (ES256 compact JWS, typ kyc-report+jwt).
        ECKey bankKey = EvidenceRecord.generateKey();
        String record = EvidenceRecord.sign(report, bankKey);
        System.out.println("Evidence record: " + record.length() + " characters, signature "
                + EvidenceRecord.verify(record, bankKey.toPublicJWK()).verdict());
    }
}

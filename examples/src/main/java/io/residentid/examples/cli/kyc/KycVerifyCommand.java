package io.residentid.examples.cli.kyc;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.VerifyTimeOption;
import io.residentid.kyc.ChipEvidence;
import io.residentid.kyc.DeclaredData;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycDecision;
import io.residentid.kyc.KycEvidence;
import io.residentid.kyc.KycReport;
import io.residentid.kyc.KycTrust;
import io.residentid.kyc.KycVerifier;
import io.residentid.qr.image.ImageDecodeException;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.ScannedCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kyc verify --chip DIR [...]}: one KYC decision over the chip evidence, OCR MRZ, QR credential and declared
 * data; prints the report JSON; exit 0 PASS, 1 REVIEW or FAIL.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a customer's evidence and print one explainable KYC decision (exit 0 PASS, 1 REVIEW or FAIL).")
final class KycVerifyCommand extends CliCommand {

    @Option(names = "--chip", required = true, paramLabel = "DIR", description = "The chip evidence directory (card read --evidence-out).")
    Path chip;

    @Option(names = "--mrz-text", paramLabel = "FILE|-", description = "The MRZ as OCR read it from the printed side (a file, or - for stdin).")
    String mrzText;

    @Option(names = "--qr-text", paramLabel = "TEXT", description = "The QR credential's text.")
    String qrText;

    @Option(names = "--qr-image", paramLabel = "FILE", description = "A photo of the QR credential.")
    Path qrImage;

    @Option(names = "--qr-trust", paramLabel = "FILE", description = "The QR issuers' trust list (JSON).")
    Path qrTrust;

    @Option(names = "--declared", paramLabel = "FILE", description = "The customer's declared data (JSON).")
    Path declared;

    @Option(names = "--masterlist", paramLabel = "FILE", description = "An ICAO CSCA master list to trust (repeatable).")
    List<Path> masterLists = new ArrayList<>();

    @Option(names = "--csca", paramLabel = "FILE", description = "A CSCA certificate file to trust, PEM or DER (repeatable).")
    List<Path> cscas = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE", description = "A CRL for the document-signer chain (repeatable).")
    List<Path> crls = new ArrayList<>();

    @Mixin
    VerifyTimeOption verifyTime;

    @Mixin
    DecisionPolicyOption decisionPolicy;

    @Option(names = "--case-id", paramLabel = "ID", description = "The bank's case id, kept in the report (links a record to its evidence).")
    String caseId;

    @Option(names = "--sign-key", paramLabel = "FILE", description = "The bank's private P-256 JWK: sign the report as an evidence record.")
    Path signKey;

    @Option(names = "--record-out", paramLabel = "FILE", description = "With --sign-key: write the evidence record (compact JWS) here.")
    Path recordOut;

    @Override
    public Integer call() throws IOException {
        CliOutput out = output();
        if ((signKey == null) != (recordOut == null)) {
            throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.verify.signBoth"));
        }
        if (qrText != null && qrImage != null) {
            throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.verify.oneQr"));
        }
        KycTrust.Builder trust = KycCliSupport.trust(out, masterLists, cscas, crls);
        if (qrTrust != null) {
            trust.qrTrustList(KycCliSupport.qrTrust(out, qrTrust));
        }
        ECKey key = signKey == null ? null : KycCliSupport.key(out, signKey, true);
        KycEvidence.Builder evidence = KycEvidence.builder();
        evidence.chip(KycCliSupport.coded(out, chip, () -> ChipEvidence.load(chip)));
        if (mrzText != null) {
            byte[] text = "-".equals(mrzText) ? System.in.readNBytes(KycEvidence.MAX_MRZ_CHARS + 1)
                    : CliFiles.read(out, Path.of(mrzText), KycEvidence.MAX_MRZ_CHARS);
            if (text.length > KycEvidence.MAX_MRZ_CHARS) {
                throw CliException.usage(out.text("file.tooLarge", mrzText, String.valueOf(KycEvidence.MAX_MRZ_CHARS)));
            }
            evidence.ocrMrz(new String(text, StandardCharsets.UTF_8).strip());
        }
        String qr = qrText != null ? qrText : qrImage != null ? scan(out, qrImage) : null;
        if (qr != null) {
            if (qr.length() > KycEvidence.MAX_QR_CHARS) {
                throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.verify.qrTooLong"));
            }
            evidence.qrText(qr);
        }
        if (declared != null) {
            byte[] json = CliFiles.read(out, declared, DeclaredData.MAX_BYTES);
            evidence.declared(KycCliSupport.coded(out, declared, () -> DeclaredData.parse(json)));
        }
        if (caseId != null) {
            try {
                evidence.caseId(caseId);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        KycVerifier verifier = decisionPolicy.verifier(out, trust.build());
        KycReport report = verifier.verify(evidence.build(), verifyTime.instant());
        if (key != null) {
            CliFiles.write(out, recordOut, EvidenceRecord.sign(report, key).getBytes(StandardCharsets.US_ASCII));
        }
        out.json(report.toJsonTree());
        return report.decision() == KycDecision.PASS ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static String scan(CliOutput out, Path image) {
        try {
            List<ScannedCode> codes = QrImageDecoder.builder().build().decode(CliFiles.read(out, image, 20L << 20));
            return codes.stream().map(ScannedCode::text).filter(t -> t.startsWith(io.residentid.qr.format.QrText.PREFIX)).findFirst()
                    .or(() -> codes.stream().map(ScannedCode::text).findFirst())
                    .orElseThrow(() -> CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.verify.noQr", image)));
        } catch (ImageDecodeException e) {
            throw CliException.usage(out.text(KycCliSupport.MESSAGES, "kyc.verify.noQr", image));
        }
    }
}

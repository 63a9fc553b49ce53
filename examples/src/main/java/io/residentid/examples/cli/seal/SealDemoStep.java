package io.residentid.examples.cli.seal;

import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Verdict;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.qr.seal.Seal;
import io.residentid.qr.seal.SealDecoder;
import io.residentid.qr.seal.SealException;
import io.residentid.qr.seal.SealImages;
import io.residentid.qr.seal.SealIssuer;
import io.residentid.qr.seal.SealReport;
import io.residentid.qr.seal.SealVerifier;
import io.residentid.emulator.TestCertificates;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Demo step: a visible digital seal on a sample residence-permit supplementary sheet. A fresh demo CSCA and seal
 * signer (P-256), the seal issued and written as a DataMatrix PNG, scanned back from the image, decoded and verified
 * against the CSCA; then a copy with one byte of the MRZ changed, which fails.
 */
public final class SealDemoStep implements DemoStep {

    static final String SAMPLE_MRZ = "ATD<<RESIDORCE<<ROLAND<<<<<<<<<<<<<<\n6525845096USA7008038M2201018<<<<<<06";

    @Override
    public String title(Locale locale) {
        return SealFiles.MESSAGES.get(locale, "demo.seal.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) throws Exception {
        BouncyCastleProvider bc = new BouncyCastleProvider();
        KeyPair cscaKeys = keys(bc);
        KeyPair signerKeys = keys(bc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X500Name cscaName = new X500Name("C=AE,O=resident-id demo,CN=Demo Seal CSCA");
        X509CertificateHolder csca = certificate(cscaName, cscaName, cscaKeys, cscaKeys, BigInteger.ONE, true, now);
        X509CertificateHolder signer = certificate(new X500Name("C=AE,O=resident-id demo,CN=SS Demo Seal Signer"),
                cscaName, signerKeys, cscaKeys, BigInteger.valueOf(0x2A), false, now);

        Map<String, String> features = new LinkedHashMap<>();
        features.put("MRZ", SAMPLE_MRZ);
        features.put("SHEET_NUMBER", "PA0000005");
        byte[] vds = SealIssuer.builder().key(signerKeys.getPrivate()).certificate(signer).issuingCountry("ARE")
                .build().issueVds("SUPPLEMENTARY_SHEET", features, LocalDate.now());
        Path png = context.workDir().resolve("supplementary-sheet-seal.png");
        Files.write(png, SealImages.dataMatrixPng(vds, 600));
        out.line(SealFiles.MESSAGES, "demo.seal.issued", vds.length, png.toAbsolutePath());

        String scanned = SealImages.read(Files.readAllBytes(png));
        Seal seal = SealDecoder.standard().decodeText(scanned);
        out.line(SealFiles.MESSAGES, "demo.seal.decoded", seal.documentType(), seal.issuingCountry(),
                seal.signerReference(), seal.features().size());
        SealVerifier verifier = SealVerifier.builder().certificate(signer).trustStore(TrustStore.of(List.of(csca)))
                .build();
        SealReport report = verifier.verify(seal);
        out.line(SealFiles.MESSAGES, "demo.seal.verified", report.verdict(), report.signature());

        byte[] tampered = scanned.getBytes(StandardCharsets.ISO_8859_1);
        tampered[22] ^= 0x01; // inside the MRZ message
        Verdict tamperedVerdict;
        try {
            tamperedVerdict = verifier.verify(SealDecoder.standard().decode(tampered)).verdict();
        } catch (SealException e) {
            tamperedVerdict = Verdict.INVALID;
        }
        out.line(SealFiles.MESSAGES, "demo.seal.tampered", tamperedVerdict);
        return report.verdict() == Verdict.VALID && tamperedVerdict != Verdict.VALID;
    }

    private static KeyPair keys(BouncyCastleProvider bc) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", bc);
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return g.generateKeyPair();
    }

    private static X509CertificateHolder certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                                     KeyPair issuerKeys, BigInteger serial, boolean ca, Instant now) {
        return TestCertificates.issue(subject, issuer, subjectKeys, issuerKeys, serial, ca,
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    }
}

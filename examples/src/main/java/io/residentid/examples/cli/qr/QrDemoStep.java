package io.residentid.examples.cli.qr;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.report.Finding;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.core.model.Person;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.QrText;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.image.ScannedCode;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.status.FileStatusListProvider;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Demo step: the Saudi-style digital resident ID for the demo resident (the reference credential): a fresh issuer
 * key, a trust list and a status list, the credential issued and written as PNG, scanned back from the PNG and
 * verified offline; then a copy with one character of the name changed, which fails with its code.
 */
public final class QrDemoStep implements DemoStep {

    static final String ISSUER = "https://id.rop.gov.om";
    static final String STATUS_URI = "https://status.rop.gov.om/1";

    @Override
    public String title(Locale locale) {
        return QrFiles.MESSAGES.get(locale, "demo.qr.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) throws Exception {
        RidClaimsFile.Resident rid = referenceRid();
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ES256);
        io.residentid.examples.cli.CliFiles.writePrivate(context.workDir().resolve("qr-issuer.jwk"),
                key.toPrivateJson().getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        TrustList trust = TrustList.of(List.of(TrustedIssuer.builder(ISSUER, IssuingCountry.OMAN)
                .displayName("Royal Oman Police").key(key.issuerKey()).build()));
        Files.write(context.workDir().resolve("qr-trust.json"), trust.toJson());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path statusFile = context.workDir().resolve("qr-status.jwt");
        Files.writeString(statusFile, StatusListToken.sign(key, ISSUER, STATUS_URI, StatusList.create(1, 200_000),
                now, null, Duration.ofDays(1)));

        IssuedCredential credential = CredentialIssuer.builder(key, ISSUER).build()
                .issue(rid.document(), rid.arabicSurname(), Duration.ofDays(365), new StatusReference(123456, STATUS_URI));
        out.line(QrFiles.MESSAGES, "demo.qr.issued", Masking.name(rid.document().holder().primaryIdentifier()) + "/"
                + Masking.name(rid.document().holder().secondaryIdentifier()),
                Masking.identifier(rid.document().documentNumber()), key.algorithm().jwsName(), key.kid(),
                credential.qrText().length(), credential.qrVersion(EccLevel.M));
        Path png = context.workDir().resolve("resident-credential.png");
        Files.write(png, QrRenderer.builder().moduleSize(6).build().png(credential.qrText()));
        out.line(QrFiles.MESSAGES, "demo.qr.png", png.toAbsolutePath());

        List<ScannedCode> scanned = QrImageDecoder.builder().build().decode(Files.readAllBytes(png));
        out.line(QrFiles.MESSAGES, "demo.qr.scanned", scanned.size());
        CredentialVerifier verifier = CredentialVerifier.builder(trust)
                .statusChecker(StatusChecker.builder(FileStatusListProvider.of(statusFile)).build()).build();
        boolean genuineValid = false;
        if (!scanned.isEmpty()) {
            VerificationReport report = verifier.verify(scanned.get(0).text(), now.plusSeconds(1), EccLevel.M);
            genuineValid = report.valid() && report.claims().isPresent();
            if (genuineValid) {
                out.line(QrFiles.MESSAGES, "demo.qr.verified", report.issuer().orElseThrow(),
                        report.claims().get().expiresAt().toString().substring(0, 10));
            } else {
                out.line(QrFiles.MESSAGES, "demo.qr.invalid", report.failureCodes());
            }
        }

        VerificationReport tampered = verifier.verify(tamper(credential), now.plusSeconds(1));
        Finding failure = tampered.failures().isEmpty() ? null : tampered.failures().get(0);
        if (failure != null) {
            out.line(QrFiles.MESSAGES, "demo.qr.tampered", failure.code(), failure.message(out.locale()));
        }
        boolean ok = genuineValid && failure != null && "SIGNATURE_INVALID".equals(failure.code());
        out.line(QrFiles.MESSAGES, ok ? "demo.qr.summary.ok" : "demo.qr.summary.unexpected");
        return ok;
    }

    /** The genuine header and signature over a payload whose surname has one letter changed. */
    static String tamper(IssuedCredential credential) {
        CredentialClaims c = credential.claims();
        Person h = c.holder();
        String surname = h.primaryIdentifier();
        Person changed = h.toBuilder().primaryIdentifier(surname.substring(0, surname.length() - 1) + "N").build();
        byte[] payload = rawDeflate(ClaimsCodec.encode(new CredentialClaims(c.issuer(), c.issuedAt(), c.notBefore(),
                c.expiresAt(), c.document().toBuilder().holder(changed).build(), c.arabicSurname(), c.status())));
        String[] parts = credential.jws().split("\\.");
        return QrText.encode(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2]);
    }

    /** Raw DEFLATE (RFC 1951, no zlib wrapper), as the format compresses the claims. */
    private static byte[] rawDeflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The demo resident: the reference credential shipped as {@code reference-credential.json}. */
    static RidClaimsFile.Resident referenceRid() throws IOException {
        try (InputStream in = QrDemoStep.class.getResourceAsStream("/reference-credential.json")) {
            if (in == null) {
                throw new IOException("reference-credential.json is missing from the classpath");
            }
            return RidClaimsFile.read(in.readAllBytes());
        }
    }
}

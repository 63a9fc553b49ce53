package io.residentid.examples;

import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.core.report.Finding;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.image.ScannedCode;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Example: verify the signed QR code of a digital resident ID from a photo of it, offline.
 *
 * <p>Runs offline: {@code java -cp resident-id.jar io.residentid.examples.VerifyQrPhoto [photo.png trust.json]}.
 * Without arguments it first plays the issuer: makes a key and a trust list, issues a credential for a fictitious
 * resident and renders it to a PNG, which it then verifies like a photo from a phone.
 */
public final class VerifyQrPhoto {

    static final String ISSUER = "https://id.rop.gov.om";

    private VerifyQrPhoto() {
    }

    /**
     * Verifies {@code photo.png} against {@code trust.json}, or a freshly issued sample when no arguments are given.
     *
     * @param args optional: the photo and the trust list file
     * @throws Exception if a file cannot be read or written, or a file is malformed
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path photo;
        Path trustFile;
        if (args.length == 2) {
            photo = Path.of(args[0]);
            trustFile = Path.of(args[1]);
        } else {
            Path dir = Files.createTempDirectory("resident-id-qr");
            photo = dir.resolve("credential.png");
            trustFile = dir.resolve("trust.json");
            issueSample(photo, trustFile);
            out.println("issued a sample credential to " + photo);
        }
        System.exit(verify(photo, trustFile, out) ? 0 : 1);
    }

    /**
     * Verifies the first QR code in a photo against a trust list and prints the outcome.
     *
     * @param photo     a PNG or JPEG photo or scan of the code
     * @param trustFile the JSON trust list of the issuers you accept
     * @param out       where to print
     * @return whether the credential is valid
     * @throws Exception if a file cannot be read or is malformed
     */
    // tag::verify[]
    public static boolean verify(Path photo, Path trustFile, PrintStream out) throws Exception {
        // in production: the trust list is published (and signed) by the issuing authority: TrustList.parseSigned;
        // add .statusChecker(...) with the issuer's status list to refuse revoked credentials
        TrustList trust = TrustList.parse(Files.readAllBytes(trustFile));
        CredentialVerifier verifier = CredentialVerifier.builder(trust).build();   // immutable, thread-safe
        List<ScannedCode> codes = QrImageDecoder.builder().timeout(Duration.ofSeconds(3)).build()
                .decode(Files.readAllBytes(photo));                                // in production: the phone's photo
        if (codes.isEmpty()) {
            out.println("no QR code found in the photo");
            return false;
        }
        VerificationReport report = verifier.verify(codes.get(0).text());
        if (report.valid()) {
            CredentialClaims claims = report.claims().orElseThrow();
            out.println("valid, issued by " + report.issuer().orElseThrow() + " for "
                    + Masking.name(claims.holder().primaryIdentifier()) + ", document "
                    + Masking.identifier(claims.document().documentNumber())
                    + ", credential expires " + claims.expiresAt());
        } else {
            for (Finding f : report.failures()) {
                out.println(f.code() + ": " + f.message(Locale.forLanguageTag("ar")));
            }
        }
        return report.valid();
    }
    // end::verify[]

    /**
     * Plays the issuer: a fresh ES256 key, a trust list naming it, one credential rendered as PNG.
     *
     * @param png       where to write the QR code image
     * @param trustFile where to write the trust list
     * @throws Exception if a file cannot be written
     */
    // tag::issue[]
    static void issueSample(Path png, Path trustFile) throws Exception {
        // in production: the issuer's key lives in an HSM or is read with SigningKey.parse(jwkJson)
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ES256);
        TrustList trust = TrustList.of(List.of(TrustedIssuer.builder(ISSUER, IssuingCountry.OMAN)
                .displayName("Royal Oman Police").key(key.issuerKey()).build()));
        Files.write(trustFile, trust.toJson());                       // public keys only

        IdentityDocument document = IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789").personalNumber("98765432").dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH")
                        .arabicName("راجيش كومار").nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).sex(Sex.MALE)
                        .employer("Muscat Trading LLC").occupation("Accountant").build()).build();
        IssuedCredential credential = CredentialIssuer.builder(key, ISSUER).build()
                .issue(document, Duration.ofDays(365), null);               // or a StatusReference into a status list
        Files.write(png, QrRenderer.builder().moduleSize(6).build().png(credential.qrText()));
    }
    // end::issue[]
}

package io.residentid.benchmarks;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.residentid.core.model.Person;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * QR credentials: full verification (QR text to checked claims, ES256) against bare ECDSA P-256 verification of the
 * same signing input with Bouncy Castle (lightweight and JCA) and SunEC; issuing against a bare sign; ZXing decoding
 * of a clean 600x600 image of the reference credential.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QrBenchmark {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private CredentialVerifier verifier;
    private CredentialIssuer issuer;
    private CredentialClaims claims;
    private String qrText;
    private Instant at;
    private byte[] signingInput;
    private byte[] signature;
    private ECPublicKey publicKey;
    private ECPrivateKey privateKey;
    private ECPublicKeyParameters bcPublicKey;
    private ECPrivateKeyParameters bcPrivateKey;
    private BufferedImage image600;
    private QrImageDecoder decoder;

    @Setup
    public void setUp() throws Exception {
        SigningKey key = SigningKey.generate(SignatureAlgorithm.ES256);
        String iss = "https://id.rop.gov.om";
        TrustList trust = TrustList.of(List.of(TrustedIssuer.builder(iss, IssuingCountry.OMAN).key(key.issuerKey()).build()));
        verifier = CredentialVerifier.builder(trust).build();
        issuer = CredentialIssuer.builder(key, iss).build();
        Instant nbf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IdentityDocument rid = IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD).documentNumber("123456789").personalNumber("98765432")
                .dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH")
                        .arabicName("راجيش كومار").nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).sex(Sex.MALE)
                        .employer("Muscat Trading LLC").occupation("Accountant").build()).build();
        claims = new CredentialClaims(iss, nbf, nbf.plus(365, ChronoUnit.DAYS), rid,
                new StatusReference(123456, "https://status.rop.gov.om/1"));
        IssuedCredential credential = issuer.issue(claims);
        qrText = credential.qrText();
        at = nbf.plusSeconds(60);
        String jws = credential.jws();
        signingInput = jws.substring(0, jws.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        signature = java.util.Base64.getUrlDecoder().decode(jws.substring(jws.lastIndexOf('.') + 1));
        publicKey = (ECPublicKey) key.issuerKey().publicKey();
        privateKey = (ECPrivateKey) com.nimbusds.jose.jwk.JWK.parse(key.toPrivateJson()).toECKey().toECPrivateKey();
        X9ECParameters p256 = CustomNamedCurves.getByName("secp256r1");
        bcPublicKey = new ECPublicKeyParameters(p256.getCurve().createPoint(publicKey.getW().getAffineX(),
                publicKey.getW().getAffineY()), new ECDomainParameters(p256.getCurve(), p256.getG(), p256.getN(), p256.getH()));
        bcPrivateKey = new ECPrivateKeyParameters(privateKey.getS(), bcPublicKey.getParameters());
        VerificationReport check = verifier.verify(qrText, at);
        if (!check.valid() || !bareBouncyCastleLightweight() || !bareSunEc() || !bareBouncyCastleJca()) {
            throw new IllegalStateException("Benchmark setup does not verify: " + check);
        }
        // Clean 600x600 image: 85 modules (version 15 + quiet zone) at 7 pixels, centred on white.
        BufferedImage code = QrRenderer.builder().moduleSize(7).build().image(qrText);
        image600 = new BufferedImage(600, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image600.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 600);
        g.drawImage(code, (600 - code.getWidth()) / 2, (600 - code.getHeight()) / 2, null);
        g.dispose();
        decoder = QrImageDecoder.builder().build();
        if (!qrText.equals(zxingDecode600()) || !qrText.equals(decoderDecode600())) {
            throw new IllegalStateException("600x600 image does not decode");
        }
    }

    /** The whole pipeline: QR text to checked claims (numeric decoding, JWS, inflate, schema, ES256, times). */
    @Benchmark
    public VerificationReport verifyCredential() {
        return verifier.verify(qrText, at);
    }

    /** Bare ES256 verification with Bouncy Castle's lightweight API (SHA-256 + ECDSASigner, optimized P-256). */
    @Benchmark
    public boolean bareBouncyCastleLightweight() {
        SHA256Digest digest = new SHA256Digest();
        digest.update(signingInput, 0, signingInput.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, bcPublicKey);
        return verifier.verifySignature(hash, new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
    }

    /** Bare ES256 verification with Bouncy Castle's JCA provider (plain R||S signature). */
    @Benchmark
    public boolean bareBouncyCastleJca() throws Exception {
        Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
        s.initVerify(publicKey);
        s.update(signingInput);
        return s.verify(signature);
    }

    /** Bare ES256 verification with SunEC (P1363 format). */
    @Benchmark
    public boolean bareSunEc() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initVerify(publicKey);
        s.update(signingInput);
        return s.verify(signature);
    }

    /** Issuing: claims JSON, DEFLATE, ES256 sign, numeric QR text. */
    @Benchmark
    public IssuedCredential issueCredential() {
        return issuer.issue(claims);
    }

    /** Bare ES256 signing of the same input with Bouncy Castle (deterministic k, RFC 6979, optimized P-256). */
    @Benchmark
    public BigInteger[] bareSign() {
        SHA256Digest digest = new SHA256Digest();
        digest.update(signingInput, 0, signingInput.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, bcPrivateKey);
        return signer.generateSignature(hash);
    }

    /** Bare ES256 signing of the same input with SunEC. */
    @Benchmark
    public byte[] bareSignSunEc() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initSign(privateKey);
        s.update(signingInput);
        return s.sign();
    }

    /** ZXing alone: QR reader with a hybrid binarizer on the clean 600x600 image. */
    @Benchmark
    public String zxingDecode600() throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image600))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE))).getText();
    }

    /** The library's decoder (multi-code reader, TRY_HARDER, worker thread with time limit) on the same image. */
    @Benchmark
    public String decoderDecode600() throws Exception {
        return decoder.decode(image600).get(0).text();
    }
}

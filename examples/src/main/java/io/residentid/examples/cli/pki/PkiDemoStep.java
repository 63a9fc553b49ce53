package io.residentid.examples.cli.pki;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.CmsReport;
import io.residentid.core.pki.CmsVerifier;
import io.residentid.core.pki.LdsSecurityObject;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.emulator.SecurityObjects;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Demo step: a sample country signing CA signs a document signer, which signs an EF.SOD-like LDS security object;
 * the step verifies the signature, the document signer's chain and a data-group hash, then shows that a tampered
 * data group is detected. Everything is generated on the spot with Bouncy Castle.
 */
public final class PkiDemoStep implements DemoStep {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @Override
    public String title(Locale locale) {
        return PkiCommand.MESSAGES.get(locale, "demo.pki.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) throws Exception {
        Instant now = Instant.now();
        KeyPair cscaKeys = keys();
        KeyPair dsKeys = keys();
        X509CertificateHolder csca = cert("Sample CSCA", "Sample CSCA", cscaKeys, cscaKeys, true, now);
        X509CertificateHolder ds = cert("Sample Document Signer", "Sample CSCA", dsKeys, cscaKeys, false, now);
        byte[] dg1 = "P<OMNSAMPLE<<RESIDENT<<<<<<<<".getBytes(StandardCharsets.US_ASCII);
        byte[] sod = SecurityObjects.sign(new TreeMap<>(Map.of(1, dg1, 2, new byte[] {2})), dsKeys, ds);
        Files.write(context.workDir().resolve("sample-ef-sod.der"), sod);

        TrustStore anchors = TrustStore.of(List.of(csca));
        ValidationReport chain = CertificatePathValidator.builder().trustStore(anchors)
                .purpose(PurposeProfile.DOCUMENT_SIGNER).build().validate(ds, List.of(), now);
        out.line(PkiCommand.MESSAGES, "demo.pki.chain", chain.verdict());
        CmsReport report = CmsVerifier.builder().trustStore(anchors).build().verify(sod, now);
        out.line(PkiCommand.MESSAGES, "demo.pki.sod", report.verdict(), report.signatureValid());
        LdsSecurityObject lds = LdsSecurityObject.parse(report.content());
        boolean intact = lds.matches(1, dg1);
        byte[] tampered = dg1.clone();
        tampered[5] = 'X';
        boolean tamperDetected = !lds.matches(1, tampered);
        out.line(PkiCommand.MESSAGES, "demo.pki.dg1", lds.hashAlgorithmName(), intact, tamperDetected);
        return chain.isValid() && report.isValid() && intact && tamperDetected;
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec("brainpoolP256r1"));
        return g.generateKeyPair();
    }

    private static X509CertificateHolder cert(String subject, String issuer, KeyPair keys, KeyPair issuerKeys,
                                              boolean ca, Instant now) throws Exception {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(new X500Name("CN=" + issuer + ",C=OM"),
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(ca ? 1 : 2)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                new X500Name("CN=" + subject + ",C=OM"), spki);
        BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spki));
        b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(
                SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded())));
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKeys.getPrivate()));
    }
}

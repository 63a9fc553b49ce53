package io.residentid.emulator.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.TrustStore;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI for mdoc issuance (ISO/IEC 18013-5 Annex B profiles, simplified): a self-signed IACA root (CA,
 * keyCertSign + cRLSign, path length 0) and a document signer under it (digitalSignature, critical extended key
 * usage id-mdl-kp-mdlDS 1.0.18013.5.1.2). EC P-256. Test data only.
 */
public final class MdocTestPki {
    /** id-mdl-kp-mdlDS. */
    public static final ASN1ObjectIdentifier MDL_DS = new ASN1ObjectIdentifier("1.0.18013.5.1.2");

    private final X509CertificateHolder iaca;
    private final X509CertificateHolder documentSigner;
    private final MdocKeyPair documentSignerKey;

    private MdocTestPki(X509CertificateHolder iaca, X509CertificateHolder documentSigner, MdocKeyPair dsKey) {
        this.iaca = iaca;
        this.documentSigner = documentSigner;
        this.documentSignerKey = dsKey;
    }

    /**
     * A new PKI for {@code country} (ISO 3166-1 alpha-2) valid from {@code notBefore}.
     *
     * @param country the issuing country's alpha-2 code
     * @param notBefore the start of the certificates' validity
     * @return a new test PKI
     */
    public static MdocTestPki create(String country, Instant notBefore) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair iacaKeys = g.generateKeyPair();
            SubjectPublicKeyInfo iacaSpki = SubjectPublicKeyInfo.getInstance(iacaKeys.getPublic().getEncoded());
            X500Name iacaName = new X500Name("C=" + country + ",CN=resident-id test IACA " + country);
            BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
            X509v3CertificateBuilder rb = new X509v3CertificateBuilder(iacaName, serial(random),
                    Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(3650))), iacaName, iacaSpki);
            rb.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            rb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            rb.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(iacaSpki));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(iacaKeys.getPrivate());
            X509CertificateHolder iaca = rb.build(signer);

            MdocKeyPair dsKey = MdocKeyPair.generate(CoseCurve.P_256);
            SubjectPublicKeyInfo dsSpki = SubjectPublicKeyInfo.getInstance(dsKey.subjectPublicKeyInfo()
                    .toByteArray());
            X509v3CertificateBuilder db = new X509v3CertificateBuilder(iacaName, serial(random),
                    Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(1825))),
                    new X500Name("C=" + country + ",CN=resident-id test document signer " + country), dsSpki);
            db.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            db.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.getInstance(MDL_DS)));
            db.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(dsSpki));
            db.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(iacaSpki));
            X509CertificateHolder ds = db.build(signer);
            return new MdocTestPki(iaca, ds, dsKey);
        } catch (Exception e) {
            throw new IllegalStateException("mdoc test PKI generation failed", e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }

    /** {@return the IACA root certificate} */
    public X509CertificateHolder iaca() {
        return iaca;
    }

    /** {@return a trust store holding the IACA} */
    public TrustStore trustStore() {
        return TrustStore.of(List.of(iaca));
    }

    /** {@return the document signer certificate} */
    public X509CertificateHolder documentSigner() {
        return documentSigner;
    }

    /** {@return the document signer's DER, for the x5chain} */
    public Bytes documentSignerDer() {
        try {
            return Bytes.of(documentSigner.getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the document signer key} */
    public MdocKeyPair documentSignerKey() {
        return documentSignerKey;
    }
}

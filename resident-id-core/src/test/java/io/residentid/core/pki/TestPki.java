package io.residentid.core.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds real certificates and CRLs with Bouncy Castle for tests. */
final class TestPki {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    record Issued(X509CertificateHolder certificate, KeyPair keys) {
    }

    private TestPki() {
    }

    static KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            g.initialize(new ECGenParameterSpec(curve));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair p256() {
        return ecKeys("secp256r1");
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sigAlg(PublicKey signerKey) {
        return signerKey.getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }

    static Issued root(String cn, KeyPair keys) {
        return new Builder(cn, keys).ca(null).issuer(cn, keys, null).build();
    }

    static Issued intermediate(String cn, Issued issuer) {
        return new Builder(cn, p256()).ca(null).issuedBy(issuer).build();
    }

    static Issued leaf(String cn, Issued issuer) {
        return new Builder(cn, p256()).keyUsage(KeyUsage.digitalSignature).issuedBy(issuer).build();
    }

    static X509CRLHolder crl(Issued issuer, Instant thisUpdate, Instant nextUpdate, BigInteger... revoked) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(issuer.certificate().getSubject(), Date.from(thisUpdate));
            if (nextUpdate != null) {
                b.setNextUpdate(Date.from(nextUpdate));
            }
            for (BigInteger serial : revoked) {
                b.addCRLEntry(serial, Date.from(thisUpdate.minus(1, ChronoUnit.DAYS)), 1);
            }
            b.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.ONE));
            b.addExtension(Extension.authorityKeyIdentifier, false, new BcX509ExtensionUtils()
                    .createAuthorityKeyIdentifier(issuer.certificate().getSubjectPublicKeyInfo()));
            return b.build(new JcaContentSignerBuilder(sigAlg(issuer.keys().getPublic())).setProvider(Bc.PROVIDER)
                    .build(issuer.keys().getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configurable certificate. */
    static final class Builder {
        private final String cn;
        private final KeyPair keys;
        private String issuerCn;
        private PrivateKey issuerKey;
        private SubjectPublicKeyInfo issuerSpki;
        private Integer pathLen;
        private boolean ca;
        private int keyUsage = -1;
        private Instant notBefore = NOW.minus(365, ChronoUnit.DAYS);
        private Instant notAfter = NOW.plus(365, ChronoUnit.DAYS);
        private String signatureAlgorithm;
        private BigInteger serial;
        private boolean keyIds = true;
        private final java.util.List<Extension> extra = new java.util.ArrayList<>();

        Builder(String cn, KeyPair keys) {
            this.cn = cn;
            this.keys = keys;
        }

        Builder ca(Integer pathLen) {
            this.ca = true;
            this.pathLen = pathLen;
            if (keyUsage < 0) {
                keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign;
            }
            return this;
        }

        Builder keyUsage(int usage) {
            this.keyUsage = usage;
            return this;
        }

        Builder validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        Builder signatureAlgorithm(String alg) {
            this.signatureAlgorithm = alg;
            return this;
        }

        Builder serial(BigInteger serial) {
            this.serial = serial;
            return this;
        }

        Builder withoutKeyIdentifiers() {
            this.keyIds = false;
            return this;
        }

        Builder extension(Extension extension) {
            extra.add(extension);
            return this;
        }

        Builder issuer(String issuerCn, KeyPair issuerKeys, X509CertificateHolder issuerCert) {
            this.issuerCn = issuerCn;
            this.issuerKey = issuerKeys.getPrivate();
            this.issuerSpki = SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded());
            if (signatureAlgorithm == null) {
                signatureAlgorithm = sigAlg(issuerKeys.getPublic());
            }
            return this;
        }

        Builder issuedBy(Issued issuer) {
            return issuer(null, issuer.keys(), issuer.certificate()).issuerName(issuer.certificate().getSubject());
        }

        private X500Name issuerName;

        Builder issuerName(X500Name name) {
            this.issuerName = name;
            return this;
        }

        Issued build() {
            try {
                X500Name subject = new X500Name("CN=" + cn + ",O=Test,C=OM");
                X500Name issuer = issuerName != null ? issuerName : new X500Name("CN=" + issuerCn + ",O=Test,C=OM");
                SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
                X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer,
                        serial != null ? serial : BigInteger.valueOf(SERIAL.incrementAndGet()),
                        Date.from(notBefore), Date.from(notAfter), subject, spki);
                BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
                if (ca) {
                    b.addExtension(Extension.basicConstraints, true,
                            pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen));
                }
                if (keyUsage > 0) {
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                }
                if (keyIds) {
                    b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spki));
                    b.addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(issuerSpki));
                }
                for (Extension e : extra) {
                    b.addExtension(e);
                }
                X509CertificateHolder cert = b.build(new JcaContentSignerBuilder(signatureAlgorithm)
                        .setProvider(Bc.PROVIDER).build(issuerKey));
                return new Issued(cert, keys);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

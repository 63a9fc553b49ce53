package io.residentid.qr.seal;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.MasterList;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Verifies seals: the ECDSA signature over the exact signed bytes (r&#8214;s, any curve Bouncy Castle knows: NIST
 * P-224 to P-521, brainpool), the signer certificate (embedded, or found by the header's reference among the
 * certificates supplied, then any other supplied certificate with a warning), and its chain to a CSCA of the trust
 * store (master lists, CSCA files) through the core path validator, at the signature date and at the verification
 * time. Immutable and thread-safe; decoded keys and chain outcomes are cached per certificate, so reuse it.
 *
 * <pre>{@code
 * SealVerifier verifier = SealVerifier.builder()
 *         .masterList(MasterList.parse(bytes))
 *         .certificates(signerCertificates)
 *         .build();
 * SealReport report = verifier.verify(SealDecoder.standard().decodeText(text));
 * }</pre>
 */
public final class SealVerifier {

    /** Most supplied certificates. */
    public static final int MAX_CERTIFICATES = 4096;
    private static final int MAX_CACHE = 4096;

    private final List<X509CertificateHolder> certificates;
    private final SealDecoder decoder;
    private final List<Candidate> candidates;
    private final CertificatePathValidator validator;
    private final ConcurrentHashMap<X509CertificateHolder, Object> keys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ChainKey, ValidationReport> chains = new ConcurrentHashMap<>();

    /** A chain outcome is reused for the same certificate (content equality) within the same minute. */
    private record ChainKey(X509CertificateHolder certificate, long minute) {
    }

    private SealVerifier(Builder b) {
        this.certificates = List.copyOf(b.certificates);
        this.decoder = b.decoder;
        List<Candidate> list = new ArrayList<>();
        for (X509CertificateHolder c : certificates) {
            list.add(Candidate.of(c));
        }
        this.candidates = List.copyOf(list);
        this.validator = b.validator != null ? b.validator : b.anchors.isEmpty() ? null
                : CertificatePathValidator.builder().trustStore(TrustStore.of(b.anchors))
                .purpose(PurposeProfile.ANY).build();
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies seal bytes (binary VDS, or the UTF-8 text of an IDB or VDS-NC) verify-before-parse: only the framing
     * needed to find the signer and the signed bytes is read first; the features are decoded only when the
     * signature verifies. Otherwise the report's seal holds raw {@code TAG_n} features.
     *
     * @param seal the seal bytes
     * @param time the verification time
     * @return the report (never null)
     * @throws SealException when the seal cannot be read
     */
    public SealReport verify(byte[] seal, Instant time) {
        SealReport framed = verify(decoder.framingOnly().decode(seal), time);
        return framed.signature() == SignatureStatus.VALID ? withSeal(framed, decoder.decode(seal)) : framed;
    }

    /**
     * Verifies a seal as a barcode reader returns it (see {@link SealDecoder#decodeText(String)}),
     * verify-before-parse as {@link #verify(byte[], Instant)}.
     *
     * @param seal the seal barcode text
     * @param time the verification time
     * @return the report (never null)
     * @throws SealException when the seal cannot be read
     */
    public SealReport verifyText(String seal, Instant time) {
        SealReport framed = verify(decoder.framingOnly().decodeText(seal), time);
        return framed.signature() == SignatureStatus.VALID ? withSeal(framed, decoder.decodeText(seal)) : framed;
    }

    private static SealReport withSeal(SealReport r, Seal seal) {
        List<Finding> findings = new ArrayList<>(r.findings());
        for (Finding f : seal.decodeFindings()) {
            if (!findings.contains(f)) {
                findings.add(f);
            }
        }
        return new SealReport(seal, r.verdict(), r.signature(), r.signer(), r.signerNamed(), r.chainAtSigning(),
                r.chainAtTime(), findings);
    }

    /**
     * Verifies at the current time.
     *
     * @param seal the decoded seal
     * @return the report (never null)
     */
    public SealReport verify(Seal seal) {
        return verify(seal, Instant.now());
    }

    /**
     * Verifies with the chain checked at the signature date and at {@code time}.
     *
     * @param seal the decoded seal
     * @param time the verification time
     * @return the report (never null)
     */
    public SealReport verify(Seal seal, Instant time) {
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(time, "time");
        List<Finding> findings = new ArrayList<>(seal.decodeFindings());
        if (!seal.isSigned()) {
            findings.add(SealCode.UNSIGNED.finding());
            return new SealReport(seal, Verdict.INVALID, SignatureStatus.INVALID, Optional.empty(), false,
                    Optional.empty(), Optional.empty(), findings);
        }
        List<X509CertificateHolder> named = new ArrayList<>();
        List<X509CertificateHolder> others = new ArrayList<>();
        seal.embeddedCertificate().ifPresent(der -> {
            try {
                named.add(new X509CertificateHolder(der.toByteArray()));
            } catch (IOException | RuntimeException e) {
                findings.add(SealCode.UNSUPPORTED_KEY.finding("embedded"));
            }
        });
        for (Candidate c : candidates) {
            if (c.names(seal)) {
                named.add(c.certificate);
            } else {
                others.add(c.certificate);
            }
        }
        byte[] signed = seal.signedData().toByteArray();
        byte[] signature = seal.signature().toByteArray();
        SealCode namedFailure = null;
        X509CertificateHolder signer = null;
        boolean signerNamed = false;
        for (X509CertificateHolder c : named) {
            SealCode outcome = check(c, seal, signed, signature, findings);
            if (outcome == SealCode.SIGNATURE_VALID) {
                signer = c;
                signerNamed = true;
                break;
            }
            if (outcome != null && namedFailure == null) {
                namedFailure = outcome;
            }
        }
        if (signer == null) {
            for (X509CertificateHolder c : others) {
                if (check(c, seal, signed, signature, new ArrayList<>()) == SealCode.SIGNATURE_VALID) {
                    signer = c;
                    findings.add(SealCode.SIGNER_NOT_NAMED.finding(subject(c)));
                    break;
                }
            }
        }
        if (signer == null) {
            if (namedFailure != null) {
                findings.add(namedFailure.finding());
                return new SealReport(seal, Verdict.INVALID, SignatureStatus.INVALID, Optional.empty(), false,
                        Optional.empty(), Optional.empty(), findings);
            }
            findings.add(SealCode.SIGNER_UNKNOWN.finding(seal.signerReference()));
            return new SealReport(seal, Verdict.INDETERMINATE, SignatureStatus.SIGNER_UNKNOWN, Optional.empty(),
                    false, Optional.empty(), Optional.empty(), findings);
        }
        findings.add(SealCode.SIGNATURE_VALID.finding(subject(signer)));
        if (validator == null) {
            findings.add(SealCode.CHAIN_NOT_CHECKED.finding());
            return new SealReport(seal, Verdict.INDETERMINATE, SignatureStatus.VALID, Optional.of(signer),
                    signerNamed, Optional.empty(), Optional.empty(), findings);
        }
        Instant signingTime = seal.signatureDate().map(d -> d.atTime(12, 0).toInstant(ZoneOffset.UTC)).orElse(time);
        ValidationReport atSigning = chain(signer, signingTime);
        ValidationReport atTime = chain(signer, time);
        Verdict verdict = verdict(atSigning).and(verdict(atTime));
        if (verdict == Verdict.VALID) {
            findings.add(SealCode.CHAIN_VALID.finding());
        } else {
            findings.add(SealCode.CHAIN_INVALID.finding());
            findings.addAll(atSigning.errors());
            if (!atTime.errors().equals(atSigning.errors())) {
                findings.addAll(atTime.errors());
            }
        }
        return new SealReport(seal, verdict, SignatureStatus.VALID, Optional.of(signer), signerNamed,
                Optional.of(atSigning), Optional.of(atTime), findings);
    }

    private static Verdict verdict(ValidationReport r) {
        return switch (r.verdict()) {
            case VALID -> Verdict.VALID;
            case INVALID -> Verdict.INVALID;
            default -> Verdict.INDETERMINATE;
        };
    }

    private ValidationReport chain(X509CertificateHolder signer, Instant time) {
        ChainKey key = new ChainKey(signer, Math.floorDiv(time.getEpochSecond(), 60));
        ValidationReport cached = chains.get(key);
        if (cached != null) {
            return cached;
        }
        ValidationReport report = validator.validate(signer, certificates, time);
        if (chains.size() >= MAX_CACHE) {
            chains.clear();
        }
        chains.put(key, report);
        return report;
    }

    /** SIGNATURE_VALID, SIGNATURE_INVALID, SIGNATURE_WRONG_SIZE, or null when the key cannot be used. */
    private SealCode check(X509CertificateHolder certificate, Seal seal, byte[] signed, byte[] signature,
                           List<Finding> findings) {
        Object key = keys.get(certificate);
        if (key == null) {
            try {
                ECPublicKeyParameters fast = namedCurveKey(certificate.getSubjectPublicKeyInfo());
                AsymmetricKeyParameter p = fast != null ? fast
                        : PublicKeyFactory.createKey(certificate.getSubjectPublicKeyInfo());
                key = p instanceof ECPublicKeyParameters ? p : Boolean.FALSE;
            } catch (IOException | RuntimeException e) {
                key = Boolean.FALSE;
            }
            if (keys.size() >= MAX_CACHE) {
                keys.clear();
            }
            keys.put(certificate, key);
        }
        if (!(key instanceof ECPublicKeyParameters ec)) {
            findings.add(SealCode.UNSUPPORTED_KEY.finding(subject(certificate)));
            return null;
        }
        int bits = ec.getParameters().getN().bitLength();
        int size = (bits + 7) / 8;
        if (signature.length != 2 * size) {
            return SealCode.SIGNATURE_WRONG_SIZE;
        }
        Digest digest = digest(seal.digest().orElse(bits <= 224 ? "SHA-224" : bits <= 256 ? "SHA-256"
                : bits <= 384 ? "SHA-384" : "SHA-512"));
        digest.update(signed, 0, signed.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, ec);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, size));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, size, 2 * size));
        return verifier.verifySignature(hash, r, s) ? SealCode.SIGNATURE_VALID : SealCode.SIGNATURE_INVALID;
    }

    /**
     * A named-curve key on Bouncy Castle's optimised curve implementation where it has one (P-256 and friends),
     * else on the generic one; null for anything else (explicit parameters go through the key factory).
     */
    private static ECPublicKeyParameters namedCurveKey(SubjectPublicKeyInfo info) {
        try {
            if (!X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())
                    || info.getAlgorithm().getParameters() == null) {
                return null;
            }
            X962Parameters params = X962Parameters.getInstance(info.getAlgorithm().getParameters());
            if (!params.isNamedCurve()) {
                return null;
            }
            ASN1ObjectIdentifier oid = (ASN1ObjectIdentifier) params.getParameters();
            X9ECParameters curve = CustomNamedCurves.getByOID(oid);
            if (curve == null) {
                curve = ECNamedCurveTable.getByOID(oid);
            }
            if (curve == null) {
                return null;
            }
            // decodePoint rejects points off the curve; the parameters reject the point at infinity.
            return new ECPublicKeyParameters(curve.getCurve().decodePoint(info.getPublicKeyData().getOctets()),
                    new ECNamedDomainParameters(oid, curve));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Digest digest(String name) {
        return switch (name) {
            case "SHA-224" -> new SHA224Digest();
            case "SHA-384" -> new SHA384Digest();
            case "SHA-512" -> new SHA512Digest();
            default -> new SHA256Digest();
        };
    }

    /** Whether the seal's header reference names this certificate. */
    static boolean names(Seal seal, X509CertificateHolder c) {
        return Candidate.of(c).names(seal);
    }

    /** A supplied certificate with the references a seal may name it by, computed once. */
    private static final class Candidate {
        final X509CertificateHolder certificate;
        final String signerIdentifier;
        final BigInteger serial;
        final String sha1Hex;
        final String idbReference;

        private Candidate(X509CertificateHolder certificate) {
            this.certificate = certificate;
            this.signerIdentifier = signerIdentifier(certificate);
            this.serial = certificate.getSerialNumber();
            byte[] sha1 = sha1(encoded(certificate));
            this.sha1Hex = HexFormat.of().formatHex(sha1);
            this.idbReference = HexFormat.of().formatHex(sha1, sha1.length - 5, sha1.length);
        }

        static Candidate of(X509CertificateHolder c) {
            return new Candidate(c);
        }

        boolean names(Seal seal) {
            String ref = seal.certificateReference();
            if (seal.format() == SealFormat.IDB) {
                return idbReference.equalsIgnoreCase(ref);
            }
            if (seal.format() != SealFormat.VDS || ref.isEmpty()
                    || !seal.signerIdentifier().equalsIgnoreCase(signerIdentifier)) {
                return false;
            }
            if (ref.equalsIgnoreCase(sha1Hex)) {
                return true;
            }
            if (ref.length() > 40) {
                return false;
            }
            try {
                return new BigInteger(ref, 16).equals(serial);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** The VDS signer identifier of a certificate: its country and the first two letters of its common name. */
    static String signerIdentifier(X509CertificateHolder c) {
        String country = rdn(c, BCStyle.C);
        String cn = rdn(c, BCStyle.CN);
        return (country.length() >= 2 ? country.substring(0, 2) : country)
                + (cn.length() >= 2 ? cn.substring(0, 2) : cn).toUpperCase(Locale.ROOT);
    }

    static String rdn(X509CertificateHolder c, ASN1ObjectIdentifier type) {
        RDN[] rdns = c.getSubject().getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    static String subject(X509CertificateHolder c) {
        return c.getSubject().toString();
    }

    static byte[] encoded(X509CertificateHolder c) {
        try {
            return c.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configures a verifier. */
    public static final class Builder {
        private final List<X509CertificateHolder> certificates = new ArrayList<>();
        private final List<X509CertificateHolder> anchors = new ArrayList<>();
        private CertificatePathValidator validator;
        private SealDecoder decoder = SealDecoder.standard();

        private Builder() {
        }

        /**
         * The decoder (catalogue) {@link #verify(byte[], Instant)} and {@link #verifyText} use.
         *
         * @param value the decoder (and so the catalogue) to read seals with
         * @return this builder
         */
        public Builder decoder(SealDecoder value) {
            this.decoder = Objects.requireNonNull(value, "decoder");
            return this;
        }

        /**
         * Adds signer (and intermediate) certificates that seals may name.
         *
         * @param certs signer and intermediate certificates
         * @return this builder
         */
        public Builder certificates(Collection<X509CertificateHolder> certs) {
            certificates.addAll(certs);
            if (certificates.size() > MAX_CERTIFICATES) {
                throw new IllegalArgumentException("more than " + MAX_CERTIFICATES + " certificates");
            }
            return this;
        }

        /**
         * Adds one signer certificate.
         *
         * @param cert a signer certificate
         * @return this builder
         */
        public Builder certificate(X509CertificateHolder cert) {
            return certificates(List.of(cert));
        }

        /**
         * Trusts every CSCA of a trust store.
         *
         * @param store the trust store
         * @return this builder
         */
        public Builder trustStore(TrustStore store) {
            anchors.addAll(store.certificates());
            return this;
        }

        /**
         * Trusts every CSCA of a master list (its own signature is the caller's concern).
         *
         * @param list the master list whose CSCAs are trusted
         * @return this builder
         */
        public Builder masterList(MasterList list) {
            anchors.addAll(list.certificates());
            return this;
        }

        /**
         * Trusts these CSCA certificates.
         *
         * @param cscas the CSCA certificates to trust
         * @return this builder
         */
        public Builder cscas(Collection<X509CertificateHolder> cscas) {
            anchors.addAll(cscas);
            return this;
        }

        /**
         * Uses this path validator (its trust store replaces the anchors given here).
         *
         * @param pathValidator the certificate path validator
         * @return this builder
         */
        public Builder validator(CertificatePathValidator pathValidator) {
            this.validator = pathValidator;
            return this;
        }

        /** {@return the verifier} */
        public SealVerifier build() {
            return new SealVerifier(this);
        }
    }

}

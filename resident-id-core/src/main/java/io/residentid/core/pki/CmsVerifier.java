package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * Verifies CMS SignedData (RFC 5652): EF.SOD of eMRTDs and ID cards, CSCA master lists and other signed objects.
 * For every signer: the signer certificate (from the CMS or supplied), the content-type and message-digest signed
 * attributes, and the signature (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA on named or explicit curves; SHA-1/224/256/
 * 384/512); then, when trust anchors are configured, the signer's chain with the configured profile.
 *
 * <pre>{@code
 * CmsVerifier verifier = CmsVerifier.builder().trustStore(cscas).purpose(PurposeProfile.DOCUMENT_SIGNER).build();
 * CmsReport report = verifier.verify(CmsVerifier.unwrapEfSod(efSod), Instant.now());
 * LdsSecurityObject lds = LdsSecurityObject.parse(report.content());
 * }</pre>
 *
 * Immutable and thread-safe. Inputs larger than {@link Builder#maxBytes(int)} (default 1 MB) are rejected.
 */
public final class CmsVerifier {

    /** Default bound on an encoded CMS structure. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    private static final int MAX_SIGNERS = 16;
    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();
    // Built once: their constructors fill large algorithm tables; read-only afterwards, so safe to share.
    private static final DefaultCMSSignatureAlgorithmNameGenerator SIGNATURE_NAMES =
            new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final DefaultSignatureAlgorithmIdentifierFinder SIGNATURE_ALGORITHMS =
            new DefaultSignatureAlgorithmIdentifierFinder();
    private static final DigestCalculatorProvider DIGEST_CALCULATORS = digestCalculators();

    private final CertificatePathValidator pathValidator;
    private final PurposeProfile purpose;
    private final List<X509CertificateHolder> suppliedCertificates;
    private final int maxBytes;

    private CmsVerifier(Builder b) {
        this.purpose = b.purpose;
        this.pathValidator = b.pathValidator != null ? b.pathValidator : b.trustStore == null ? null
                : CertificatePathValidator.builder().trustStore(b.trustStore).purpose(b.purpose).build();
        this.suppliedCertificates = List.copyOf(b.certificates);
        this.maxBytes = b.maxBytes;
    }

    /** {@return a new builder; without trust anchors results are at best INDETERMINATE} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The CMS ContentInfo inside an ICAO EF.SOD (application tag 0x77 wrapping it, ICAO 9303-10); input that already
     * starts with a SEQUENCE is returned unchanged.
     *
     * @param efSod the EF.SOD file as read from the chip
     * @return a copy of the CMS ContentInfo bytes
     * @throws PkiException when the wrapper is malformed
     */
    public static byte[] unwrapEfSod(byte[] efSod) {
        if (efSod == null || efSod.length < 2) {
            throw new PkiException("EF.SOD too short");
        }
        if ((efSod[0] & 0xff) == 0x30) {
            return efSod.clone();
        }
        if ((efSod[0] & 0xff) != 0x77) {
            throw new PkiException("EF.SOD does not start with tag 0x77");
        }
        int lengthByte = efSod[1] & 0xff;
        int offset;
        long length;
        if (lengthByte < 0x80) {
            length = lengthByte;
            offset = 2;
        } else {
            int count = lengthByte & 0x7f;
            if (count == 0 || count > 4 || efSod.length < 2 + count) {
                throw new PkiException("EF.SOD has a malformed length");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = length << 8 | efSod[2 + i] & 0xff;
            }
            offset = 2 + count;
        }
        if (length > efSod.length - offset) {
            throw new PkiException("EF.SOD is truncated");
        }
        byte[] out = new byte[(int) length];
        System.arraycopy(efSod, offset, out, 0, out.length);
        return out;
    }

    /**
     * Verifies a CMS with encapsulated content.
     *
     * @param cms  the DER ContentInfo (see {@link #unwrapEfSod} for an EF.SOD)
     * @param time the validation time for the signer's chain
     * @return the report, with the content when the structure could be read
     * @throws PkiException when the input is not a well-formed, bounded CMS SignedData
     */
    public CmsReport verify(byte[] cms, Instant time) {
        return verify(cms, null, time);
    }

    /**
     * Verifies a CMS at {@code time}; {@code detachedContent} is used when the CMS carries no content.
     *
     * @param cms             the DER ContentInfo
     * @param detachedContent the signed content when the CMS does not carry it, or {@code null}
     * @param time            the validation time for the signer's chain
     * @return the report
     * @throws PkiException when the input is not a well-formed, bounded CMS SignedData
     */
    public CmsReport verify(byte[] cms, byte[] detachedContent, Instant time) {
        Objects.requireNonNull(time, "time");
        try {
            return verifyBounded(cms, detachedContent, time);
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            // BC decodes signed attributes and certificates lazily; their failures surface here.
            throw new PkiException("malformed CMS SignedData: " + e.getMessage(), e);
        }
    }

    private CmsReport verifyBounded(byte[] cms, byte[] detachedContent, Instant time) {
        if (cms == null || cms.length == 0) {
            throw new PkiException("empty CMS input");
        }
        if (cms.length > maxBytes) {
            throw new PkiException("CMS larger than " + maxBytes + " bytes");
        }
        ContentInfo info = Asn1.parse(cms, "CMS ContentInfo", ContentInfo::getInstance);
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new PkiException("CMS content is not SignedData: " + info.getContentType());
        }
        CMSSignedData signedData;
        List<X509CertificateHolder> carried = new ArrayList<>();
        List<SignerInformation> signers;
        byte[] content;
        ASN1ObjectIdentifier contentType;
        try {
            signedData = new CMSSignedData(info);
            contentType = signedData.getSignedContentTypeOID() == null ? null
                    : new ASN1ObjectIdentifier(signedData.getSignedContentTypeOID());
            content = signedData.getSignedContent() == null ? null : (byte[]) signedData.getSignedContent().getContent();
            if (content == null && detachedContent != null) {
                signedData = new CMSSignedData(new CMSProcessableByteArray(contentType, detachedContent), info);
                content = detachedContent.clone();
            }
            for (Object o : signedData.getCertificates().getMatches(null)) {
                try {
                    // A carried certificate whose names Bouncy Castle cannot handle is treated as absent, so the
                    // caller never receives one that throws when printed or validated.
                    Certificates.checkDecodable((X509CertificateHolder) o);
                    carried.add((X509CertificateHolder) o);
                } catch (PkiException e) {
                    continue;
                }
            }
            signers = new ArrayList<>(signedData.getSignerInfos().getSigners());
        } catch (PkiException e) {
            throw e;
        } catch (Exception e) {
            throw new PkiException("malformed CMS SignedData: " + e.getMessage(), e);
        }
        if (signers.isEmpty() || signers.size() > MAX_SIGNERS) {
            throw new PkiException("CMS has " + signers.size() + " signers");
        }
        List<Finding> findings = new ArrayList<>();
        if (content == null) {
            findings.add(PathCode.CONTENT_MISSING.finding(Severity.ERROR));
            return new CmsReport(Verdict.INVALID, false, Optional.empty(), oid(contentType), carried,
                    findings, Optional.empty(), null);
        }
        boolean allValid = true;
        X509CertificateHolder firstSigner = null;
        for (SignerInformation signer : signers) {
            X509CertificateHolder cert = findSigner(signer, carried);
            if (firstSigner == null) {
                firstSigner = cert;
            }
            allValid &= verifySigner(signer, cert, content, contentType, findings);
        }
        Optional<ValidationReport> chain = Optional.empty();
        Verdict status = allValid ? Verdict.VALID : Verdict.INVALID;
        if (firstSigner != null) {
            if (pathValidator == null) {
                findings.add(PathCode.CHAIN_NOT_VALIDATED.finding(Severity.WARNING,
                        firstSigner.getSubject().toString()));
                if (status == Verdict.VALID) {
                    status = Verdict.INDETERMINATE;
                }
            } else {
                List<X509CertificateHolder> intermediates = new ArrayList<>(carried);
                intermediates.addAll(suppliedCertificates);
                ValidationReport report = pathValidator.validate(firstSigner, intermediates, time);
                chain = Optional.of(report);
                if (!report.isValid()) {
                    findings.add(PathCode.SIGNER_CHAIN_INVALID.finding(
                            report.verdict() == Verdict.INVALID ? Severity.ERROR : Severity.WARNING,
                            firstSigner.getSubject().toString(), report.verdict()));
                    if (status == Verdict.VALID) {
                        status = report.verdict();
                    }
                }
            }
        }
        return new CmsReport(status, allValid, Optional.ofNullable(firstSigner), oid(contentType), carried, findings,
                chain, content);
    }

    private X509CertificateHolder findSigner(SignerInformation signer, List<X509CertificateHolder> carried) {
        for (X509CertificateHolder cert : carried) {
            if (signer.getSID().match(cert)) {
                return cert;
            }
        }
        for (X509CertificateHolder cert : suppliedCertificates) {
            if (signer.getSID().match(cert)) {
                return cert;
            }
        }
        return null;
    }

    private boolean verifySigner(SignerInformation signer, X509CertificateHolder cert, byte[] content,
                                 ASN1ObjectIdentifier contentType, List<Finding> findings) {
        if (cert == null) {
            findings.add(PathCode.SIGNER_CERTIFICATE_MISSING.finding(Severity.ERROR));
            return false;
        }
        boolean ok = algorithms(signer, cert, findings);
        AttributeTable signed = signer.getSignedAttributes();
        if (signed != null) {
            Attribute type = signed.get(CMSAttributes.contentType);
            ASN1Encodable typeValue = type == null || type.getAttrValues().size() != 1 ? null
                    : type.getAttrValues().getObjectAt(0);
            if (typeValue == null || !typeValue.equals(contentType)) {
                findings.add(PathCode.CONTENT_TYPE_MISMATCH.finding(Severity.ERROR,
                        String.valueOf(contentType)));
                ok = false;
            }
            Attribute digest = signed.get(CMSAttributes.messageDigest);
            byte[] expected = digest == null || digest.getAttrValues().size() != 1 ? null
                    : ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
            byte[] actual = digest(signer.getDigestAlgorithmID(), content);
            if (expected == null || actual == null || !MessageDigest.isEqual(expected, actual)) {
                findings.add(PathCode.MESSAGE_DIGEST_MISMATCH.finding(Severity.ERROR));
                return false;
            }
        }
        if (!ok) {
            return false;
        }
        // Verified with the bare public key: the signer certificate's dates are judged by the chain validation at
        // the caller's validation time, not against a signing-time attribute.
        boolean signatureOk = verifyWithKey(signer, cert);
        if (!signatureOk) {
            findings.add(PathCode.SIGNATURE_INVALID.finding(Severity.ERROR,
                    cert.getSubject().toString()));
        }
        return signatureOk;
    }

    private static boolean verifyWithKey(SignerInformation signer, X509CertificateHolder cert) {
        try {
            return signer.verify(new SignerInformationVerifier(SIGNATURE_NAMES, SIGNATURE_ALGORITHMS,
                    Verifiers.forKey(cert.getSubjectPublicKeyInfo()), DIGEST_CALCULATORS));
        } catch (Exception e) {
            return false;
        }
    }

    private static DigestCalculatorProvider digestCalculators() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build();
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("Bouncy Castle digest provider unavailable", e);
        }
    }

    private boolean algorithms(SignerInformation signer, X509CertificateHolder cert, List<Finding> findings) {
        String digest = NAMES.getAlgorithmName(signer.getDigestAlgorithmID().getAlgorithm())
                .toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (digest.startsWith("MD")) {
            String subject = cert.getSubject().toString();
            findings.add(PathCode.WEAK_ALGORITHM.finding(Severity.ERROR, subject, digest));
            return false;
        }
        if (digest.equals("SHA1")) {
            String subject = cert.getSubject().toString();
            boolean tolerated = purpose.legacyAlgorithmsTolerated();
            findings.add(PathCode.WEAK_ALGORITHM.finding(
                    tolerated ? Severity.WARNING : Severity.ERROR, subject, digest));
            return tolerated;
        }
        return true;
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] content) {
        try {
            return Digests.forOid(algorithm.getAlgorithm()).digest(content);
        } catch (Exception e) {
            return null;
        }
    }

    private static String oid(ASN1ObjectIdentifier oid) {
        return oid == null ? null : oid.getId();
    }

    /** Configures a verifier. */
    public static final class Builder {
        private TrustStore trustStore;
        private CertificatePathValidator pathValidator;
        private PurposeProfile purpose = PurposeProfile.DOCUMENT_SIGNER;
        private final List<X509CertificateHolder> certificates = new ArrayList<>();
        private int maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /**
         * Trust anchors for the signer's chain (without them the result is at best INDETERMINATE).
         *
         * @param trustStore the anchors, e.g. CSCAs
         * @return this builder
         */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /**
         * A fully configured path validator for the signer's chain (overrides {@link #trustStore}).
         *
         * @param validator the validator, e.g. with revocation checking
         * @return this builder
         */
        public Builder pathValidator(CertificatePathValidator validator) {
            this.pathValidator = validator;
            return this;
        }

        /**
         * The signer's purpose profile (default DOCUMENT_SIGNER); also sets SHA-1 tolerance.
         *
         * @param purpose the profile the signer certificate must satisfy
         * @return this builder
         */
        public Builder purpose(PurposeProfile purpose) {
            this.purpose = Objects.requireNonNull(purpose);
            return this;
        }

        /**
         * Certificates to use when the CMS does not carry the signer's certificate or intermediates.
         *
         * @param certificates signer and intermediate candidates (untrusted)
         * @return this builder
         */
        public Builder certificates(Collection<X509CertificateHolder> certificates) {
            this.certificates.addAll(certificates);
            return this;
        }

        /**
         * Bound on the encoded CMS size.
         *
         * @param maxBytes the largest CMS accepted, in bytes
         * @return this builder
         */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** {@return the immutable, thread-safe verifier} */
        public CmsVerifier build() {
            return new CmsVerifier(this);
        }
    }
}

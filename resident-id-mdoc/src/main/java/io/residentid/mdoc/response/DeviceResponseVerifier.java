package io.residentid.mdoc.response;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseAlgorithm;
import io.residentid.mdoc.cose.CoseMac0;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.internal.Crypto;
import io.residentid.mdoc.request.ItemsRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Verifies a DeviceResponse (ISO/IEC 18013-5 §9.3), each document in this order, each step a coded finding:
 * <ol>
 *   <li>issuerAuth: COSE_Sign1 over MobileSecurityObjectBytes, verified with the document signer certificate from
 *       {@code x5chain}, which must chain to a trusted IACA (core path validator, key usage digitalSignature and
 *       extended key usage id-mdl-kp-mdlDS 1.0.18013.5.1.2); nothing in the MSO is read before this passes;</li>
 *   <li>the MSO docType equals the document's;</li>
 *   <li>validity: validFrom ≤ time ≤ validUntil, and {@code signed} within the signer certificate's validity;</li>
 *   <li>each returned IssuerSignedItem's digest, over the exact IssuerSignedItemBytes received, equals the MSO's
 *       digest for its digest ID; no digest ID repeats; no element lacks a digest;</li>
 *   <li>device authentication over DeviceAuthenticationBytes: deviceSignature with the MSO device key, or
 *       deviceMac with EMacKey (needs the reader's ephemeral key).</li>
 * </ol>
 * Only elements whose digest matched are reported. Malformed top-level CBOR throws {@link MdocFormatException};
 * a malformed document becomes findings.
 *
 * <pre>{@code
 * DeviceResponseVerifier verifier = DeviceResponseVerifier.builder().trustStore(iacas).build();
 * MdocReport report = verifier.verify(deviceResponse, VerificationInput.of(transcript).withReaderKey(eReaderKey));
 * }</pre>
 *
 * Immutable and thread-safe; reuse one instance: it caches valid document signer chains.
 */
public final class DeviceResponseVerifier {
    /** id-mdl-kp-mdlDS, the extended key usage of an mdoc document signer (ISO/IEC 18013-5 Annex B). */
    public static final ASN1ObjectIdentifier MDL_DS_EKU = new ASN1ObjectIdentifier("1.0.18013.5.1.2");
    /** The most documents accepted in one response. */
    public static final int MAX_DOCUMENTS = 16;
    /** The most IssuerSignedItems accepted in one document. */
    public static final int MAX_ITEMS = 4096;
    private static final int CHAIN_CACHE_SIZE = 256;

    private final CertificatePathValidator validator;
    private final ConcurrentHashMap<Bytes, CachedSigner> signers = new ConcurrentHashMap<>();

    private DeviceResponseVerifier(CertificatePathValidator validator) {
        this.validator = validator;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies the encoded DeviceResponse.
     *
     * @param deviceResponse the encoded DeviceResponse
     * @param input the transcript, the reader key, the request and the time
     * @return the report: verdict, findings and each document's verified elements
     */
    public MdocReport verify(Bytes deviceResponse, VerificationInput input) {
        Objects.requireNonNull(input, "input");
        String p = "DeviceResponse";
        CborMap response = CborDecoder.strict().decode(deviceResponse).asMap(p);
        // ISO/IEC 18013-5:2021 defines version "1.0" only; anything else is not a response this reader understands.
        if (!"1.0".equals(response.require("version", p).asText(p + ".version"))) {
            throw MdocFormatException.structure(p + ".version", "\"1.0\"");
        }
        onlyKeys(response, p, "version", "documents", "documentErrors", "status");
        long status = response.require("status", p).asLong(p + ".status");
        List<Finding> findings = new ArrayList<>();
        if (status != 0) {
            findings.add(MdocCode.RESPONSE_STATUS_NOT_OK.finding(status));
        }
        CborArray docs = response.get("documents").map(d -> d.asArray(p + ".documents"))
                .orElse(CborItem.array());
        if (docs.size() > MAX_DOCUMENTS) {
            throw MdocFormatException.structure(p + ".documents", "at most " + MAX_DOCUMENTS);
        }
        response.get("documentErrors").ifPresent(errors -> {
            for (CborItem e : errors.asArray(p + ".documentErrors").items()) {
                for (Map.Entry<CborItem, CborItem> entry : e.asMap(p + ".documentErrors").entries().entrySet()) {
                    findings.add(MdocCode.DOCUMENT_ERROR_REPORTED.finding(
                            entry.getKey().asText(p + ".documentErrors"), entry.getValue().asLong(p)));
                }
            }
        });
        if (docs.size() == 0) {
            findings.add(MdocCode.NO_DOCUMENTS.finding());
        }
        List<DocumentReport> reports = new ArrayList<>();
        Verdict verdict = verdictOf(findings);
        for (int i = 0; i < docs.size(); i++) {
            DocumentReport r = verifyDocument(docs.get(i, p), p + ".documents[" + i + "]", input);
            reports.add(r);
            verdict = verdict.and(r.verdict());
        }
        return new MdocReport(verdict, findings, reports, status);
    }

    private static Verdict verdictOf(List<Finding> findings) {
        Verdict v = Verdict.VALID;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                v = v.and(f.code().equals(MdocCode.ISSUER_CHAIN_INDETERMINATE.code()) ? Verdict.INDETERMINATE
                        : Verdict.INVALID);
            }
        }
        return v;
    }

    private DocumentReport verifyDocument(CborItem item, String path, VerificationInput input) {
        CborMap doc = item.asMap(path);
        String docType = doc.require("docType", path).asText(path + ".docType");
        DocumentCheck c = new DocumentCheck(docType);
        try {
            onlyKeys(doc, path, "docType", "issuerSigned", "deviceSigned", "errors");
            c.run(doc, path, input);
        } catch (MdocFormatException e) {
            // A malformed part of one document invalidates that document only.
            c.findings.add(MdocCode.STRUCTURE_INVALID.finding(e.path().orElse(path), e.code()));
        }
        c.withheld(input);
        return new DocumentReport(docType, verdictOf(c.findings), c.findings, c.issuerValid, c.signer, c.chain,
                c.validity, c.method, c.deviceValid, c.elements, c.requested, c.withheld);
    }

    private final class DocumentCheck {
        final String docType;
        final List<Finding> findings = new ArrayList<>();
        boolean issuerValid;
        Optional<String> signer = Optional.empty();
        Optional<ValidationReport> chain = Optional.empty();
        Optional<ValidityInfo> validity = Optional.empty();
        DeviceAuthMethod method = DeviceAuthMethod.NONE;
        boolean deviceValid;
        final Map<String, Map<String, ElementValue>> elements = new LinkedHashMap<>();
        final Map<String, List<String>> requested = new LinkedHashMap<>();
        final Map<String, List<String>> withheld = new LinkedHashMap<>();

        DocumentCheck(String docType) {
            this.docType = docType;
        }

        void run(CborMap doc, String path, VerificationInput input) {
            CborMap issuerSigned = doc.require("issuerSigned", path).asMap(path + ".issuerSigned");
            onlyKeys(issuerSigned, path + ".issuerSigned", "nameSpaces", "issuerAuth");
            // 1. issuerAuth: signature and chain, before anything in the MSO is read.
            CoseSign1 issuerAuth;
            CachedSigner ds;
            try {
                issuerAuth = CoseSign1.parse(issuerSigned.require("issuerAuth", path), path + ".issuerAuth");
                List<Bytes> x5chain = issuerAuth.x5chain(path + ".issuerAuth");
                if (x5chain.isEmpty() || issuerAuth.payload().isEmpty()) {
                    findings.add(MdocCode.ISSUER_AUTH_MALFORMED.finding());
                    return;
                }
                ds = signer(x5chain);
            } catch (MdocFormatException e) {
                findings.add(MdocCode.ISSUER_AUTH_MALFORMED.finding());
                return;
            }
            if (ds == null) {
                findings.add(MdocCode.ISSUER_AUTH_MALFORMED.finding());
                return;
            }
            signer = Optional.of(ds.subject);
            CoseAlgorithm alg;
            try {
                alg = issuerAuth.algorithm(path + ".issuerAuth");
            } catch (MdocFormatException e) {
                findings.add(MdocCode.ISSUER_ALGORITHM_UNSUPPORTED.finding());
                return;
            }
            if (alg == CoseAlgorithm.HMAC_256_256
                    || !issuerAuth.verify(ds.publicKey, null, path + ".issuerAuth")) {
                findings.add(MdocCode.ISSUER_SIGNATURE_INVALID.finding());
                return;
            }
            ValidationReport chainReport = ds.validate(input.at());
            chain = Optional.of(chainReport);
            if (chainReport.verdict() == Verdict.INVALID) {
                findings.add(MdocCode.ISSUER_CHAIN_INVALID.finding(firstError(chainReport)));
                findings.addAll(chainReport.errors());
            } else if (chainReport.verdict() == Verdict.INDETERMINATE) {
                findings.add(MdocCode.ISSUER_CHAIN_INDETERMINATE.finding(firstError(chainReport)));
            }
            // 2. The MSO, now that its signature verified.
            MobileSecurityObject mso;
            try {
                mso = MobileSecurityObject.parseBytes(issuerAuth.payload().orElseThrow());
            } catch (MdocFormatException e) {
                findings.add(MdocCode.MSO_MALFORMED.finding(e.path().orElse("MobileSecurityObject")));
                return;
            }
            issuerValid = chainReport.isValid();
            if (!mso.docType().equals(docType)) {
                findings.add(MdocCode.DOCTYPE_MISMATCH.finding(mso.docType(), docType));
            }
            // 3. Validity.
            ValidityInfo vi = mso.validityInfo();
            validity = Optional.of(vi);
            Instant at = input.at();
            if (at.isBefore(vi.validFrom())) {
                findings.add(MdocCode.MSO_NOT_YET_VALID.finding(vi.validFrom().toString()));
            }
            if (at.isAfter(vi.validUntil())) {
                findings.add(MdocCode.MSO_EXPIRED.finding(vi.validUntil().toString()));
            }
            if (vi.signed().isBefore(ds.notBefore) || vi.signed().isAfter(ds.notAfter)) {
                findings.add(MdocCode.MSO_SIGNED_OUTSIDE_SIGNER_VALIDITY.finding(vi.signed().toString()));
            }
            // 4. Digests over the exact bytes received.
            String digestAlg = mso.digestAlgorithm();
            if (!digestAlg.equals("SHA-256") && !digestAlg.equals("SHA-384") && !digestAlg.equals("SHA-512")) {
                findings.add(MdocCode.DIGEST_ALGORITHM_UNSUPPORTED.finding(digestAlg));
                return;
            }
            checkItems(issuerSigned, path, mso, digestAlg);
            // 5. Device authentication.
            checkDevice(doc, path, mso, input);
        }

        void checkItems(CborMap issuerSigned, String path, MobileSecurityObject mso, String digestAlg) {
            Optional<CborItem> nameSpaces = issuerSigned.get("nameSpaces");
            if (nameSpaces.isEmpty()) {
                return;
            }
            int count = 0;
            for (Map.Entry<CborItem, CborItem> ns : nameSpaces.get().asMap(path + ".nameSpaces").entries()
                    .entrySet()) {
                String namespace = ns.getKey().asText(path + ".nameSpaces");
                Set<Long> seen = new HashSet<>();
                CborArray items = ns.getValue().asArray(path + ".nameSpaces." + namespace);
                for (int i = 0; i < items.size(); i++) {
                    if (++count > MAX_ITEMS) {
                        throw MdocFormatException.structure(path + ".nameSpaces", "at most " + MAX_ITEMS);
                    }
                    String ip = path + ".nameSpaces." + namespace + "[" + i + "]";
                    IssuerSignedItem isi;
                    try {
                        isi = IssuerSignedItem.parse(items.get(i, ip), ip);
                    } catch (MdocFormatException e) {
                        findings.add(MdocCode.ITEM_MALFORMED.finding(namespace, i));
                        continue;
                    }
                    if (!seen.add(isi.digestId())) {
                        findings.add(MdocCode.DIGEST_ID_REPEATED.finding(namespace, isi.digestId()));
                        continue;
                    }
                    Optional<Bytes> expected = mso.digest(namespace, isi.digestId());
                    if (expected.isEmpty()) {
                        findings.add(MdocCode.ELEMENT_NOT_IN_MSO.finding(namespace, isi.elementIdentifier()));
                        continue;
                    }
                    byte[] actual = Crypto.hash(digestAlg, isi.itemBytes().toByteArray());
                    if (!Crypto.constantTimeEquals(actual, expected.get().toByteArray())) {
                        findings.add(MdocCode.DIGEST_MISMATCH.finding(namespace, isi.elementIdentifier()));
                        continue;
                    }
                    Map<String, ElementValue> nsElements = elements.computeIfAbsent(namespace,
                            k -> new LinkedHashMap<>());
                    if (nsElements.putIfAbsent(isi.elementIdentifier(), ElementValue.of(isi.elementValue()))
                            != null) {
                        findings.add(MdocCode.DIGEST_ID_REPEATED.finding(namespace, isi.digestId()));
                        continue;
                    }
                    ElementTypes.check(namespace, isi.elementIdentifier(), ElementValue.of(isi.elementValue()))
                            .ifPresent(findings::add);
                }
            }
        }

        void checkDevice(CborMap doc, String path, MobileSecurityObject mso, VerificationInput input) {
            Optional<CborItem> ds = doc.get("deviceSigned");
            if (ds.isEmpty()) {
                findings.add(MdocCode.DEVICE_AUTH_MISSING.finding());
                return;
            }
            CborMap deviceSigned = ds.get().asMap(path + ".deviceSigned");
            onlyKeys(deviceSigned, path + ".deviceSigned", "nameSpaces", "deviceAuth");
            CborTag nameSpacesBytes = deviceSigned.require("nameSpaces", path + ".deviceSigned")
                    .asTag(CborTag.ENCODED_CBOR, path + ".deviceSigned.nameSpaces");
            // DeviceNameSpaces must itself be well formed, even though the MAC covers its bytes.
            CborDecoder.strict().decodeEmbedded(nameSpacesBytes, path + ".deviceSigned.nameSpaces")
                    .asMap(path + ".deviceSigned.nameSpaces");
            CborMap deviceAuth = deviceSigned.require("deviceAuth", path + ".deviceSigned")
                    .asMap(path + ".deviceSigned.deviceAuth");
            onlyKeys(deviceAuth, path + ".deviceSigned.deviceAuth", "deviceSignature", "deviceMac");
            Bytes payload = DeviceAuthentication.bytes(input.sessionTranscript(), docType, nameSpacesBytes);
            Optional<CborItem> sig = deviceAuth.get("deviceSignature");
            Optional<CborItem> mac = deviceAuth.get("deviceMac");
            if (sig.isPresent()) {
                method = DeviceAuthMethod.SIGNATURE;
                CoseSign1 s = CoseSign1.parse(sig.get(), path + ".deviceSignature");
                boolean ok;
                try {
                    ok = s.verify(mso.deviceKey(), payload, path + ".deviceSignature");
                } catch (MdocFormatException e) {
                    findings.add(MdocCode.DEVICE_KEY_UNSUPPORTED.finding());
                    return;
                }
                deviceValid = ok;
                if (!ok) {
                    findings.add(MdocCode.DEVICE_SIGNATURE_INVALID.finding());
                }
            } else if (mac.isPresent()) {
                method = DeviceAuthMethod.MAC;
                CoseMac0 m = CoseMac0.parse(mac.get(), path + ".deviceMac");
                if (input.readerKey().isEmpty()) {
                    findings.add(MdocCode.DEVICE_MAC_NEEDS_READER_KEY.finding());
                    return;
                }
                byte[] key;
                try {
                    key = DeviceAuthentication.eMacKey(input.readerKey().get(), mso.deviceKey(),
                            input.sessionTranscript());
                } catch (MdocFormatException e) {
                    findings.add(MdocCode.DEVICE_KEY_UNSUPPORTED.finding());
                    return;
                }
                try {
                    deviceValid = m.verify(key, payload, path + ".deviceMac");
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
                if (!deviceValid) {
                    findings.add(MdocCode.DEVICE_MAC_INVALID.finding());
                }
            } else {
                findings.add(MdocCode.DEVICE_AUTH_MISSING.finding());
            }
        }

        void withheld(VerificationInput input) {
            Optional<ItemsRequest> request = input.request().flatMap(r -> r.itemsRequest(docType));
            if (request.isEmpty()) {
                return;
            }
            request.get().namespaces().forEach((ns, ids) -> {
                requested.put(ns, List.copyOf(ids.keySet()));
                List<String> missing = new ArrayList<>();
                for (String id : ids.keySet()) {
                    Map<String, ElementValue> got = elements.get(ns);
                    if (got == null || !got.containsKey(id)) {
                        missing.add(id);
                        findings.add(MdocCode.ELEMENT_WITHHELD.finding(ns, id));
                    }
                }
                if (!missing.isEmpty()) {
                    withheld.put(ns, List.copyOf(missing));
                }
            });
            elements.forEach((ns, ids) -> ids.keySet().forEach(id -> {
                if (!request.get().requests(ns, id)) {
                    findings.add(MdocCode.ELEMENT_NOT_REQUESTED.finding(ns, id));
                }
            }));
        }
    }

    /**
     * Refuses keys the structure does not define: a response is either what ISO/IEC 18013-5 specifies or not
     * accepted, so a renamed key can never silently drop a part (issuerSigned.nameSpaces, say).
     */
    private static void onlyKeys(CborMap map, String path, String... allowed) {
        java.util.Set<String> names = java.util.Set.of(allowed);
        for (CborItem key : map.entries().keySet()) {
            if (!(key instanceof io.residentid.mdoc.cbor.CborText t) || !names.contains(t.value())) {
                throw MdocFormatException.structure(path, "only the keys " + String.join(", ", allowed));
            }
        }
    }

    private static String firstError(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code)
                .findFirst().orElse(report.verdict().name());
    }

    /** The document signer from an x5chain, cached by the chain's bytes; null when the certificate is unreadable. */
    private CachedSigner signer(List<Bytes> x5chain) {
        StringBuilder key = new StringBuilder();
        Bytes cacheKey;
        if (x5chain.size() == 1) {
            cacheKey = x5chain.get(0);
        } else {
            x5chain.forEach(b -> key.append(b.sha256().toHex()).append('.'));
            cacheKey = Bytes.of(key.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        CachedSigner cached = signers.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        try {
            X509CertificateHolder leaf = Crypto.derCertificate(x5chain.get(0).toByteArray());
            List<X509CertificateHolder> rest = new ArrayList<>();
            for (int i = 1; i < x5chain.size(); i++) {
                rest.add(Crypto.derCertificate(x5chain.get(i).toByteArray()));
            }
            CachedSigner s = new CachedSigner(leaf, rest,
                    Crypto.fastKey(PublicKeyFactory.createKey(leaf.getSubjectPublicKeyInfo())));
            if (signers.size() >= CHAIN_CACHE_SIZE) {
                signers.clear(); // bounded; a full cache simply starts again
            }
            signers.put(cacheKey, s);
            return s;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** A document signer with its public key and the last valid path result. */
    private final class CachedSigner {
        final X509CertificateHolder certificate;
        final List<X509CertificateHolder> intermediates;
        final AsymmetricKeyParameter publicKey;
        final String subject;
        final Instant notBefore;
        final Instant notAfter;
        volatile ValidationReport lastValid;
        volatile Instant validFrom;
        volatile Instant validTo;

        CachedSigner(X509CertificateHolder certificate, List<X509CertificateHolder> intermediates,
                     AsymmetricKeyParameter publicKey) {
            this.certificate = certificate;
            this.intermediates = List.copyOf(intermediates);
            this.publicKey = publicKey;
            this.subject = certificate.getSubject().toString();
            this.notBefore = certificate.getNotBefore().toInstant();
            this.notAfter = certificate.getNotAfter().toInstant();
        }

        /**
         * The path validation at {@code at}; a valid result is reused while {@code at} stays within the validity
         * of every certificate on that path (revocation, when configured, is re-checked only on a new validation).
         */
        ValidationReport validate(Instant at) {
            ValidationReport last = lastValid;
            if (last != null && !at.isBefore(validFrom) && !at.isAfter(validTo)) {
                return last;
            }
            ValidationReport report = validator.validate(certificate, intermediates, at);
            if (report.isValid()) {
                validFrom = report.chainValidFrom();
                validTo = report.chainValidTo();
                lastValid = report;
            }
            return report;
        }
    }

    /** Configures a verifier. */
    public static final class Builder {
        private CertificatePathValidator validator;

        private Builder() {
        }

        /**
         * The IACA roots to trust; the verifier builds a path validator with the document signer profile (key
         * usage digitalSignature, extended key usage {@link #MDL_DS_EKU}).
         *
         * @param iacas the IACA certificates
         * @return this builder
         */
        public Builder trustStore(TrustStore iacas) {
            this.validator = CertificatePathValidator.builder().trustStore(iacas)
                    .purpose(PurposeProfile.DOCUMENT_SIGNER).extendedKeyUsages(Set.of(MDL_DS_EKU.getId())).build();
            return this;
        }

        /**
         * A path validator configured by the integrator (revocation, policies…).
         *
         * @param pathValidator the validator
         * @return this builder
         */
        public Builder pathValidator(CertificatePathValidator pathValidator) {
            this.validator = Objects.requireNonNull(pathValidator, "pathValidator");
            return this;
        }

        /** {@return the verifier} */
        public DeviceResponseVerifier build() {
            if (validator == null) {
                throw new IllegalStateException("trustStore or pathValidator is required");
            }
            return new DeviceResponseVerifier(validator);
        }
    }
}

package io.residentid.kyc;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.Crls;
import io.residentid.core.pki.MasterList;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.RevocationPolicy;
import io.residentid.core.pki.TrustStore;
import io.residentid.qr.trust.TrustList;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a KYC verification trusts: CSCAs (from ICAO master lists or single certificate files), CRLs, and the trust
 * list of QR credential issuers. Each CSCA keeps its source so that a report can name the anchor it used.
 *
 * <p>A master list must pass its own CMS signature check, or it is rejected with
 * {@link KycCode#MASTERLIST_SIGNATURE_INVALID}. Its signer chain is not required to reach a separately pinned anchor
 * here; pin the list file itself (its SHA-256) when that matters. Immutable and thread-safe; the document-signer
 * path validator is built once, so repeated verifications reuse its signature cache.
 */
public final class KycTrust {

    /** The GCC countries, ISO 3166 alpha-2, in the order the trust summary lists them. */
    public static final List<String> GCC = List.of("AE", "BH", "KW", "OM", "QA", "SA");
    private static final int MAX_FILE_BYTES = 16 << 20;

    private final TrustStore cscas;
    private final Map<String, TrustAnchor> anchors;
    private final List<X509CRLHolder> crls;
    private final TrustList qrTrustList;
    private final CertificatePathValidator documentSignerValidator;
    private final ValidChainCache documentSignerChains;
    private final Map<String, TrustAnchor> nationalAnchors;
    private final CertificatePathValidator cardAuthenticationValidator;

    private KycTrust(Builder b) {
        this.cscas = TrustStore.of(b.certificates);
        this.anchors = Collections.unmodifiableMap(new LinkedHashMap<>(b.anchors));
        this.crls = List.copyOf(b.crls);
        this.qrTrustList = b.qrTrustList;
        CertificatePathValidator.Builder v = CertificatePathValidator.builder().trustStore(cscas)
                .purpose(PurposeProfile.DOCUMENT_SIGNER);
        if (!crls.isEmpty()) {
            v.crls(crls).revocation(RevocationPolicy.crl(false));
        }
        this.documentSignerValidator = cscas.size() == 0 ? null : v.build();
        // Valid paths are reused only without CRLs: a revocation answer must be asked for again every time.
        this.documentSignerChains = documentSignerValidator == null || !crls.isEmpty() ? null
                : new ValidChainCache(documentSignerValidator);
        this.nationalAnchors = Collections.unmodifiableMap(new LinkedHashMap<>(b.nationalAnchors));
        CertificatePathValidator.Builder h = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(b.nationalCas)).purpose(PurposeProfile.CARD_AUTHENTICATION);
        if (!crls.isEmpty()) {
            h.crls(crls).revocation(RevocationPolicy.crl(false));
        }
        this.cardAuthenticationValidator = b.nationalCas.isEmpty() ? null : h.build();
    }

    /** The path validator for holders' card-authentication certificates; empty without national CAs. */
    Optional<CertificatePathValidator> cardAuthenticationValidator() {
        return Optional.ofNullable(cardAuthenticationValidator);
    }

    /** The anchor description of a national CA certificate, when it is one of ours. */
    Optional<TrustAnchor> nationalAnchor(X509CertificateHolder certificate) {
        return Optional.ofNullable(nationalAnchors.get(fingerprint(certificate)));
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trust with nothing in it (every chain is untrusted).
     *
     * @return trust that trusts nothing
     */
    public static KycTrust empty() {
        return builder().build();
    }

    /** {@return the CSCAs} */
    public TrustStore cscas() {
        return cscas;
    }

    /** {@return every CSCA as an anchor description, in load order} */
    public List<TrustAnchor> anchors() {
        return List.copyOf(anchors.values());
    }

    /**
     * {@return the anchor description of a certificate, when it is one of ours}
     *
     * @param certificate the certificate
     */
    public Optional<TrustAnchor> anchor(X509CertificateHolder certificate) {
        return Optional.ofNullable(anchors.get(fingerprint(certificate)));
    }

    /** {@return the CRLs} */
    public List<X509CRLHolder> crls() {
        return crls;
    }

    /** {@return the QR issuer trust list, when configured} */
    public Optional<TrustList> qrTrustList() {
        return Optional.ofNullable(qrTrustList);
    }

    /** The path validator for document signers; empty without CSCAs. */
    Optional<CertificatePathValidator> documentSignerValidator() {
        return Optional.ofNullable(documentSignerValidator);
    }

    /** Valid document signer paths to reuse; empty without CSCAs or when CRLs are configured. */
    Optional<ValidChainCache> documentSignerChains() {
        return Optional.ofNullable(documentSignerChains);
    }

    /**
     * Per-country summary of the CSCAs: how many, how many valid at {@code now}, which expire within
     * {@code withinDays}, and the latest expiry. GCC countries are always listed (possibly with zero CSCAs).
     *
     * @param onlyGcc whether to leave out non-GCC countries
     * @param now the time validity is judged at
     * @param withinDays the expiry warning window in days
     * @return one summary per country, sorted by country code
     */
    public List<CountrySummary> summary(Instant now, int withinDays, boolean onlyGcc) {
        Map<String, List<TrustAnchor>> byCountry = new TreeMap<>();
        for (String c : GCC) {
            byCountry.put(c, new ArrayList<>());
        }
        for (TrustAnchor a : anchors.values()) {
            if (!onlyGcc || GCC.contains(a.country())) {
                byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
            }
        }
        Instant horizon = now.plus(Duration.ofDays(withinDays));
        List<CountrySummary> out = new ArrayList<>();
        byCountry.forEach((country, list) -> {
            int valid = 0;
            Instant latest = null;
            List<TrustAnchor> soon = new ArrayList<>();
            for (TrustAnchor a : list) {
                if (a.validAt(now)) {
                    valid++;
                    if (a.notAfter().isBefore(horizon)) {
                        soon.add(a);
                    }
                }
                latest = latest == null || a.notAfter().isAfter(latest) ? a.notAfter() : latest;
            }
            out.add(new CountrySummary(country, list.size(), valid, List.copyOf(soon), Optional.ofNullable(latest)));
        });
        return out;
    }

    /**
     * One country's CSCAs.
     *
     * @param country      ISO 3166 alpha-2
     * @param cscas        how many CSCAs
     * @param validNow     how many are within their validity now
     * @param expiringSoon those valid now that expire within the window
     * @param latestExpiry the latest end of validity, when any
     */
    public record CountrySummary(String country, int cscas, int validNow, List<TrustAnchor> expiringSoon,
            Optional<Instant> latestExpiry) {
    }

    static String fingerprint(X509CertificateHolder certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("certificate encoding", e);
        }
    }

    static String country(X509CertificateHolder cert) {
        for (RDN rdn : cert.getSubject().getRDNs(BCStyle.C)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            if (value instanceof ASN1String s) {
                return s.getString().trim().toUpperCase(Locale.ROOT);
            }
        }
        return "??";
    }

    static TrustAnchor describe(X509CertificateHolder cert, String source) {
        return new TrustAnchor(cert.getSubject().toString(), country(cert), fingerprint(cert), source,
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
    }

    @Override
    public String toString() {
        return "KycTrust[cscas=" + anchors.size() + ", crls=" + crls.size() + ", qrTrustList="
                + (qrTrustList != null) + "]";
    }

    /** Builder of {@link KycTrust}. */
    public static final class Builder {
        private final List<X509CertificateHolder> certificates = new ArrayList<>();
        private final Map<String, TrustAnchor> anchors = new LinkedHashMap<>();
        private final List<X509CRLHolder> crls = new ArrayList<>();
        private TrustList qrTrustList;
        private final List<X509CertificateHolder> nationalCas = new ArrayList<>();
        private final Map<String, TrustAnchor> nationalAnchors = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a national CA that issues the cards' holder-authentication certificates.
         *
         * @param certificate the certificate
         * @param source where it came from (shown in reports)
         * @return this builder
         */
        public Builder nationalCa(X509CertificateHolder certificate, String source) {
            addOnce(nationalAnchors, nationalCas, certificate, source);
            return this;
        }

        /**
         * Adds the CSCAs of an ICAO master list, after its CMS signature verifies.
         *
         * @param data   the master list (CMS, at most {@link MasterList#MAX_BYTES})
         * @param source a label for reports, e.g. the file name
         * @return this builder
         * @throws KycException {@link KycCode#MASTERLIST_SIGNATURE_INVALID} or {@link KycCode#TRUST_MALFORMED}
         */
        public Builder masterList(byte[] data, String source) {
            Objects.requireNonNull(source, "source");
            MasterList list;
            try {
                list = MasterList.parse(data);
            } catch (PkiException | IllegalArgumentException e) {
                throw new KycException(KycCode.TRUST_MALFORMED, source, e, "not a master list");
            }
            if (!list.signatureValid()) {
                throw new KycException(KycCode.MASTERLIST_SIGNATURE_INVALID, source, null);
            }
            for (X509CertificateHolder c : list.certificates()) {
                csca(c, "masterlist:" + source);
            }
            return this;
        }

        /**
         * Adds the CSCAs of a master list file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder masterList(Path file) {
            return masterList(read(file), file.getFileName().toString());
        }

        /**
         * Adds one CSCA.
         *
         * @param certificate the certificate
         * @param source where it came from (shown in reports)
         * @return this builder
         */
        public Builder csca(X509CertificateHolder certificate, String source) {
            addOnce(anchors, certificates, certificate, source);
            return this;
        }

        /** Adds a certificate and its anchor description, unless one with the same fingerprint is there already. */
        private static void addOnce(Map<String, TrustAnchor> byFingerprint, List<X509CertificateHolder> added,
                X509CertificateHolder certificate, String source) {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(source, "source");
            String fp = fingerprint(certificate);
            if (!byFingerprint.containsKey(fp)) {
                byFingerprint.put(fp, describe(certificate, source));
                added.add(certificate);
            }
        }

        /**
         * Adds the CSCAs of a PEM or DER certificate file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder cscaFile(Path file) {
            try {
                for (X509CertificateHolder c : Certificates.read(file)) {
                    csca(c, "file:" + file.getFileName());
                }
            } catch (PkiException e) {
                throw new KycException(KycCode.TRUST_MALFORMED, file.getFileName().toString(), e,
                        "not a certificate file");
            }
            return this;
        }

        /**
         * Adds a CRL (used for the document-signer chain).
         *
         * @param crl the CRL
         * @return this builder
         */
        public Builder crl(X509CRLHolder crl) {
            crls.add(Objects.requireNonNull(crl, "crl"));
            return this;
        }

        /**
         * Adds the CRLs of a file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder crlFile(Path file) {
            try {
                crls.addAll(Crls.read(file));
            } catch (PkiException e) {
                throw new KycException(KycCode.TRUST_MALFORMED, file.getFileName().toString(), e, "not a CRL file");
            }
            return this;
        }

        /**
         * The trust list of QR credential issuers.
         *
         * @param trustList the trust list
         * @return this builder
         */
        public Builder qrTrustList(TrustList trustList) {
            this.qrTrustList = Objects.requireNonNull(trustList, "trustList");
            return this;
        }

        /** {@return the trust} */
        public KycTrust build() {
            return new KycTrust(this);
        }

        private static byte[] read(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes(MAX_FILE_BYTES + 1);
                if (data.length > MAX_FILE_BYTES) {
                    throw new KycException(KycCode.TRUST_MALFORMED, file.getFileName().toString(), null,
                            "larger than " + MAX_FILE_BYTES + " bytes");
                }
                return data;
            } catch (IOException e) {
                throw new KycException(KycCode.TRUST_MALFORMED, file.getFileName().toString(), e, "not readable");
            }
        }
    }
}

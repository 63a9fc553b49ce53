package io.residentid.mdoc.request;

import io.residentid.mdoc.internal.Crypto;
import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseAlgorithm;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.session.SessionTranscript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A DeviceRequest (ISO/IEC 18013-5 §8.3.2.1.2.1): version "1.0" and one DocRequest per document, each with its
 * ItemsRequestBytes (kept exactly as received) and an optional readerAuth (COSE_Sign1 over ReaderAuthentication,
 * detached, with the reader certificate in {@code x5chain}).
 */
public final class DeviceRequest {
    /** The most DocRequests accepted. */
    public static final int MAX_DOC_REQUESTS = 16;

    private final String version;
    private final List<DocRequest> docRequests;
    private final CborItem item;

    private DeviceRequest(String version, List<DocRequest> docRequests, CborItem item) {
        this.version = version;
        this.docRequests = List.copyOf(docRequests);
        this.item = item;
    }

    /**
     * One requested document.
     *
     * @param itemsRequest      the request
     * @param itemsRequestBytes ItemsRequestBytes as received or built
     * @param readerAuth        the reader authentication, if any
     */
    public record DocRequest(ItemsRequest itemsRequest, CborTag itemsRequestBytes, Optional<CoseSign1> readerAuth) {
        /**
         * Verifies readerAuth over ReaderAuthentication = ["ReaderAuthentication", SessionTranscript,
         * ItemsRequestBytes] with the leaf of its x5chain. Whether that certificate is trusted is the holder's
         * policy (validate {@link #readerCertificate()} with a path validator). False when there is no readerAuth.
         *
         * @param transcript the session transcript both sides hash
         * @return whether every readerAuth present verifies
         */
        public boolean verifyReaderAuth(SessionTranscript transcript) {
            if (readerAuth.isEmpty()) {
                return false;
            }
            try {
                X509CertificateHolder cert = readerCertificate().orElse(null);
                if (cert == null) {
                    return false;
                }
                Bytes payload = readerAuthenticationBytes(transcript, itemsRequestBytes);
                return readerAuth.get().verify(org.bouncycastle.crypto.util.PublicKeyFactory
                        .createKey(cert.getSubjectPublicKeyInfo()), payload, "readerAuth");
            } catch (java.io.IOException | RuntimeException e) {
                return false;
            }
        }

        /** {@return the reader certificate (leaf of the readerAuth x5chain)} */
        public Optional<X509CertificateHolder> readerCertificate() {
            if (readerAuth.isEmpty()) {
                return Optional.empty();
            }
            List<Bytes> chain = readerAuth.get().x5chain("readerAuth");
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Crypto.derCertificate(chain.get(0).toByteArray()));
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * ReaderAuthenticationBytes = #6.24(bstr .cbor ["ReaderAuthentication", SessionTranscript, ItemsRequestBytes]).
     *
     * @param transcript the session transcript both sides hash
     * @param itemsRequestBytes the ItemsRequestBytes as sent
     * @return the tagged bytes
     */
    public static Bytes readerAuthenticationBytes(SessionTranscript transcript, CborTag itemsRequestBytes) {
        return CborItem.embedded(CborItem.array(CborItem.text("ReaderAuthentication"), transcript.toCbor(),
                itemsRequestBytes)).encoded();
    }

    /**
     * Reads a DeviceRequest.
     *
     * @param cbor the encoded CBOR
     * @return the request
     */
    public static DeviceRequest parse(Bytes cbor) {
        String p = "DeviceRequest";
        CborItem item = CborDecoder.strict().decode(cbor);
        CborMap m = item.asMap(p);
        String version = m.require("version", p).asText(p + ".version");
        CborArray docs = m.require("docRequests", p).asArray(p + ".docRequests");
        if (docs.size() > MAX_DOC_REQUESTS) {
            throw MdocFormatException.structure(p + ".docRequests", "at most " + MAX_DOC_REQUESTS);
        }
        List<DocRequest> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String dp = p + ".docRequests[" + i + "]";
            CborMap d = docs.get(i, dp).asMap(dp);
            CborTag irb = d.require("itemsRequest", dp).asTag(CborTag.ENCODED_CBOR, dp + ".itemsRequest");
            ItemsRequest ir = ItemsRequest.parse(CborDecoder.strict().decodeEmbedded(irb, dp + ".itemsRequest"),
                    dp + ".itemsRequest");
            Optional<CoseSign1> ra = d.get("readerAuth").map(r -> CoseSign1.parse(r, dp + ".readerAuth"));
            out.add(new DocRequest(ir, irb, ra));
        }
        return new DeviceRequest(version, out, item);
    }

    /** {@return a new builder (reader side)} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the version} */
    public String version() {
        return version;
    }

    /** {@return the document requests} */
    public List<DocRequest> docRequests() {
        return docRequests;
    }

    /** {@return the encoded DeviceRequest} */
    public Bytes encoded() {
        return item.encoded();
    }

    /**
     * {@return the request for {@code docType}, if any}
     *
     * @param docType the document type, e.g. {@code org.iso.18013.5.1.mDL}
     */
    public Optional<ItemsRequest> itemsRequest(String docType) {
        return docRequests.stream().map(DocRequest::itemsRequest).filter(r -> r.docType().equals(docType))
                .findFirst();
    }

    /** Builds a DeviceRequest, optionally with reader authentication. */
    public static final class Builder {
        private final List<ItemsRequest> requests = new ArrayList<>();
        private MdocKeyPair readerKey;
        private List<Bytes> readerChain = List.of();
        private SessionTranscript transcript;

        private Builder() {
        }

        /**
         * Adds a document request.
         *
         * @param request the request
         * @return this builder
         */
        public Builder add(ItemsRequest request) {
            requests.add(request);
            return this;
        }

        /**
         * Signs every DocRequest with the reader key and its certificate chain (leaf first, DER).
         *
         * @param key the reader's key pair
         * @param certificateChain the reader certificate chain
         * @param sessionTranscript the session transcript both sides hash
         * @return this builder
         */
        public Builder readerAuthentication(MdocKeyPair key, List<Bytes> certificateChain,
                                            SessionTranscript sessionTranscript) {
            this.readerKey = key;
            this.readerChain = List.copyOf(certificateChain);
            this.transcript = sessionTranscript;
            return this;
        }

        /** {@return the request} */
        public DeviceRequest build() {
            List<CborItem> docs = new ArrayList<>();
            for (ItemsRequest r : requests) {
                CborTag irb = CborItem.embedded(r.toCbor());
                CborMap.Builder d = CborMap.builder().put("itemsRequest", irb);
                if (readerKey != null) {
                    CoseSign1 sig = CoseSign1.sign(readerKey, readerKey.signatureAlgorithm(),
                            readerAuthenticationBytes(transcript, irb), false, readerChain);
                    d.put("readerAuth", sig.toCbor());
                }
                docs.add(d.build());
            }
            CborMap m = CborMap.builder().put("version", CborItem.text("1.0"))
                    .put("docRequests", CborItem.array(docs)).build();
            return parse(Bytes.of(CborEncoder.encode(m)));
        }
    }
}

package io.residentid.emulator.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.CoseKey;
import io.residentid.mdoc.cose.CoseMac0;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.engagement.RetrievalMethod;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceAuthMethod;
import io.residentid.mdoc.response.DeviceAuthentication;
import io.residentid.mdoc.response.IssuerSignedItem;
import io.residentid.mdoc.session.SessionEncryption;
import io.residentid.mdoc.session.SessionStatus;
import io.residentid.mdoc.session.SessionTranscript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An emulated mdoc holder device (the "phone"): it engages (QR or NFC), establishes the session, answers
 * DeviceRequests with only the elements that were requested and that its {@link ConsentPolicy} releases, and
 * authenticates with its device key (deviceMac by default, as in ISO/IEC 18013-5 Annex D, or deviceSignature).
 * Test and demo use only. Thread-safe (one session at a time).
 */
public final class MdocHolder {
    private final MdocKeyPair deviceKey;
    private final List<IssuedMdoc> documents;
    private final ConsentPolicy consent;
    private final DeviceAuthMethod authMethod;

    private MdocKeyPair eDeviceKey;
    private DeviceEngagement engagement;
    private CborItem handover;
    private SessionEncryption session;
    private SessionTranscript transcript;
    private long requestsAnswered;

    private MdocHolder(Builder b) {
        this.deviceKey = Objects.requireNonNull(b.deviceKey, "deviceKey");
        this.documents = List.copyOf(b.documents);
        this.consent = b.consent;
        this.authMethod = b.authMethod;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an engagement: a fresh ephemeral key and a DeviceEngagement advertising {@code methods}. The handover
     * is what the SessionTranscript will carry: {@code null} for QR engagement, the NFC handover otherwise.
     *
     * @param methods the retrieval methods offered
     * @param nfcHandover the NFC handover select message, or null for QR engagement
     * @return the device engagement to show or send
     */
    public synchronized DeviceEngagement startEngagement(List<RetrievalMethod> methods, CborItem nfcHandover) {
        endSession();
        eDeviceKey = MdocKeyPair.generate(CoseCurve.P_256);
        engagement = DeviceEngagement.create(eDeviceKey.publicKey(), methods);
        handover = nfcHandover;
        return engagement;
    }

    /** {@return a QR engagement (no retrieval method is advertised beyond the in-process transport)} */
    public DeviceEngagement startQrEngagement() {
        return startEngagement(List.of(), null);
    }

    /**
     * Sets the handover after engagement (NFC: the handover select message is built from the engagement).
     *
     * @param nfcHandover the NFC handover select message
     */
    public synchronized void handover(CborItem nfcHandover) {
        this.handover = nfcHandover;
    }

    /** {@return the current engagement, if any} */
    public synchronized DeviceEngagement engagement() {
        return engagement;
    }

    /** {@return the number of DeviceRequests answered} */
    public synchronized long requestsAnswered() {
        return requestsAnswered;
    }

    /**
     * Handles one message from the reader: a SessionEstablishment (first) or a SessionData. Returns the encrypted
     * DeviceResponse, a status message (10 decryption error, 11 CBOR error) or nothing after termination.
     *
     * @param message the reader's session message
     * @return the holder's session message
     */
    public synchronized Bytes handle(Bytes message) {
        if (engagement == null) {
            throw new IllegalStateException("no engagement started");
        }
        try {
            Bytes request;
            if (session == null) {
                SessionEncryption.Establishment est = SessionEncryption.Establishment.parse(message);
                transcript = SessionTranscript.create(engagement, est.eReaderKeyBytes(), handover);
                session = SessionEncryption.device(eDeviceKey, est.eReaderKey(), transcript);
                request = session.receive(message).data().orElseThrow();
            } else {
                SessionEncryption.Received r = session.receive(message);
                if (r.data().isEmpty()) {
                    endSession();
                    return Bytes.empty();
                }
                request = r.data().get();
            }
            Bytes response = respond(DeviceRequest.parse(request), transcript,
                    session == null ? null : establishmentReaderKey(transcript));
            requestsAnswered++;
            return session.sessionData(response.toByteArray());
        } catch (MdocFormatException e) {
            boolean crypto = e.mdocCode() == io.residentid.mdoc.MdocCode.SESSION_DECRYPTION_FAILED;
            Bytes status = Bytes.of(CborEncoder.encode(CborMap.builder().put("status", CborItem.integer(
                    (crypto ? SessionStatus.ERROR_SESSION_ENCRYPTION : SessionStatus.ERROR_CBOR_DECODING).code()))
                    .build()));
            endSession();
            return status;
        }
    }

    private static CoseKey establishmentReaderKey(SessionTranscript transcript) {
        return CoseKey.parse(CborDecoder.strict().decodeEmbedded(transcript.eReaderKeyBytes(), "EReaderKeyBytes"),
                "EReaderKey");
    }

    private void endSession() {
        if (session != null) {
            session.destroy();
        }
        session = null;
        transcript = null;
    }

    /**
     * The DeviceResponse for {@code request} (selective disclosure and device authentication), unencrypted. The
     * reader's ephemeral key is needed for deviceMac.
     *
     * @param request the reader's request
     * @param sessionTranscript the session transcript both sides bind to
     * @param eReaderKey the reader's ephemeral key
     * @return the encoded DeviceResponse
     */
    public Bytes respond(DeviceRequest request, SessionTranscript sessionTranscript, CoseKey eReaderKey) {
        List<CborItem> docs = new ArrayList<>();
        List<CborItem> docErrors = new ArrayList<>();
        for (DeviceRequest.DocRequest dr : request.docRequests()) {
            ItemsRequest ir = dr.itemsRequest();
            IssuedMdoc mdoc = documents.stream().filter(d -> d.docType().equals(ir.docType())).findFirst()
                    .orElse(null);
            if (mdoc == null) {
                docErrors.add(CborMap.builder().put(ir.docType(), CborItem.integer(0)).build());
                continue;
            }
            docs.add(document(mdoc, ir, sessionTranscript, eReaderKey));
        }
        CborMap.Builder resp = CborMap.builder().put("version", CborItem.text("1.0"));
        if (!docs.isEmpty()) {
            resp.put("documents", CborItem.array(docs));
        }
        if (!docErrors.isEmpty()) {
            resp.put("documentErrors", CborItem.array(docErrors));
        }
        resp.put("status", CborItem.integer(0));
        return Bytes.of(CborEncoder.encode(resp.build()));
    }

    private CborItem document(IssuedMdoc mdoc, ItemsRequest ir, SessionTranscript t, CoseKey eReaderKey) {
        CborMap.Builder nameSpaces = CborMap.builder();
        CborMap.Builder errors = CborMap.builder();
        boolean anyError = false;
        boolean anyItem = false;
        for (Map.Entry<String, Map<String, Boolean>> ns : ir.namespaces().entrySet()) {
            List<IssuerSignedItem> available = mdoc.namespaces().getOrDefault(ns.getKey(), List.of());
            Map<String, IssuerSignedItem> byId = new LinkedHashMap<>();
            available.forEach(i -> byId.put(i.elementIdentifier(), i));
            List<CborItem> released = new ArrayList<>();
            CborMap.Builder nsErrors = CborMap.builder();
            boolean nsError = false;
            for (String element : ns.getValue().keySet()) {
                IssuerSignedItem item = byId.get(element);
                if (item != null && consent.releases(mdoc.docType(), ns.getKey(), element)) {
                    // The exact issued bytes travel; never a re-encoding.
                    released.add(CborDecoder.strict().decode(item.itemBytes()));
                } else {
                    nsErrors.put(element, CborItem.integer(0));
                    nsError = true;
                }
            }
            if (!released.isEmpty()) {
                nameSpaces.put(ns.getKey(), CborItem.array(released));
                anyItem = true;
            }
            if (nsError) {
                errors.put(ns.getKey(), nsErrors.build());
                anyError = true;
            }
        }
        CborMap.Builder issuerSigned = CborMap.builder();
        if (anyItem) {
            issuerSigned.put("nameSpaces", nameSpaces.build());
        }
        issuerSigned.put("issuerAuth", mdoc.issuerAuth().toCbor());
        CborTag deviceNameSpaces = CborItem.embedded(CborMap.builder().build());
        Bytes payload = DeviceAuthentication.bytes(t, mdoc.docType(), deviceNameSpaces);
        CborMap.Builder deviceAuth = CborMap.builder();
        if (authMethod == DeviceAuthMethod.MAC && eReaderKey != null) {
            byte[] key = DeviceAuthentication.eMacKey(deviceKey, eReaderKey, t);
            try {
                deviceAuth.put("deviceMac", CoseMac0.create(key, payload).toCbor());
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } else {
            deviceAuth.put("deviceSignature", CoseSign1.sign(deviceKey, deviceKey.signatureAlgorithm(), payload,
                    false, List.of()).toCbor());
        }
        CborMap.Builder doc = CborMap.builder()
                .put("docType", CborItem.text(mdoc.docType()))
                .put("issuerSigned", issuerSigned.build())
                .put("deviceSigned", CborMap.builder().put("nameSpaces", deviceNameSpaces)
                        .put("deviceAuth", deviceAuth.build()).build());
        if (anyError) {
            doc.put("errors", errors.build());
        }
        return doc.build();
    }

    /** Configures a holder. */
    public static final class Builder {
        private MdocKeyPair deviceKey;
        private final List<IssuedMdoc> documents = new ArrayList<>();
        private ConsentPolicy consent = ConsentPolicy.releaseAll();
        private DeviceAuthMethod authMethod = DeviceAuthMethod.MAC;

        private Builder() {
        }

        /**
         * The device key bound in every held MSO (required).
         *
         * @param key the device key bound in every held MSO (required)
         * @return this builder
         */
        public Builder deviceKey(MdocKeyPair key) {
            this.deviceKey = key;
            return this;
        }

        /**
         * Adds an issued mdoc.
         *
         * @param mdoc an issued mdoc
         * @return this builder
         */
        public Builder add(IssuedMdoc mdoc) {
            documents.add(Objects.requireNonNull(mdoc, "mdoc"));
            return this;
        }

        /**
         * The user's consent policy (default: release everything requested).
         *
         * @param policy the user's consent policy
         * @return this builder
         */
        public Builder consent(ConsentPolicy policy) {
            this.consent = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * MAC (default) or SIGNATURE.
         *
         * @param method MAC
         * @return this builder
         */
        public Builder deviceAuthentication(DeviceAuthMethod method) {
            if (method == DeviceAuthMethod.NONE) {
                throw new IllegalArgumentException("a holder always authenticates");
            }
            this.authMethod = method;
            return this;
        }

        /** {@return the holder} */
        public MdocHolder build() {
            return new MdocHolder(this);
        }
    }
}

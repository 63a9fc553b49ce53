package io.residentid.mdoc.reader;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionEncryption;
import io.residentid.mdoc.session.SessionStatus;
import io.residentid.mdoc.session.SessionTranscript;
import io.residentid.mdoc.transport.MdocTransport;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The reader side of one presentation: from a DeviceEngagement (QR or NFC) it makes an ephemeral key on the mdoc's
 * curve, builds the SessionTranscript, sends the DeviceRequest in a SessionEstablishment over an
 * {@link MdocTransport}, decrypts the DeviceResponse, verifies it, and terminates the session (status 20).
 *
 * <pre>{@code
 * MdocReader reader = MdocReader.builder().verifier(verifier).build();
 * ReadResult result = reader.read(engagement, null, transport,
 *         List.of(new ItemsRequest(MdocDocTypes.MDL, Map.of(MdocDocTypes.MDL_NAMESPACE,
 *                 Map.of("family_name", false, "birth_date", false, "portrait", false)))));
 * }</pre>
 * Thread-safe; each call is its own session.
 */
public final class MdocReader {
    private final DeviceResponseVerifier verifier;
    private final Clock clock;

    private MdocReader(Builder b) {
        this.verifier = Objects.requireNonNull(b.verifier, "verifier");
        this.clock = b.clock;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The result of a read.
     *
     * @param report         the verification report
     * @param request        the DeviceRequest that was sent
     * @param deviceResponse the decrypted DeviceResponse as received
     * @param transcript     the session transcript
     */
    public record ReadResult(MdocReport report, DeviceRequest request, Bytes deviceResponse,
                             SessionTranscript transcript) {
    }

    /**
     * Reads and verifies.
     *
     * @param engagement the mdoc's DeviceEngagement
     * @param handover   the handover for the transcript: {@code null} for QR, the NFC handover otherwise
     * @param transport  the connection to the mdoc
     * @param requests   what to ask for, per document
     * @return the exchange and its verification report
     * @throws MdocFormatException when the mdoc's reply is unreadable, undecryptable or a status error
     */
    public ReadResult read(DeviceEngagement engagement, CborItem handover, MdocTransport transport,
                           List<ItemsRequest> requests) {
        MdocKeyPair eReaderKey = MdocKeyPair.generate(engagement.eDeviceKey().curve());
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(eReaderKey.publicKey().toCbor()), handover);
        DeviceRequest.Builder rb = DeviceRequest.builder();
        requests.forEach(rb::add);
        DeviceRequest request = rb.build();
        SessionEncryption session = SessionEncryption.reader(eReaderKey, engagement.eDeviceKey(), transcript);
        try {
            Bytes reply = transport.exchange(session.sessionEstablishment(request.encoded().toByteArray()));
            if (reply.isEmpty()) {
                throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null, "no reply");
            }
            SessionEncryption.Received received = session.receive(reply);
            if (received.data().isEmpty()) {
                throw new MdocFormatException(MdocCode.TRANSPORT_FAILED, -1, null, null,
                        "status " + received.status().orElse(-1L));
            }
            Bytes response = received.data().get();
            try {
                transport.exchange(session.sessionStatus(SessionStatus.SESSION_TERMINATION));
            } catch (MdocFormatException e) {
                // The response is already in hand; a failed goodbye does not change it.
            }
            MdocReport report = verifier.verify(response, new VerificationInput(transcript,
                    java.util.Optional.of(eReaderKey), java.util.Optional.of(request), clock.instant()));
            return new ReadResult(report, request, response, transcript);
        } finally {
            session.destroy();
        }
    }

    /** Configures a reader. */
    public static final class Builder {
        private DeviceResponseVerifier verifier;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The response verifier (trusted IACAs).
         *
         * @param responseVerifier the verifier
         * @return this builder
         */
        public Builder verifier(DeviceResponseVerifier responseVerifier) {
            this.verifier = responseVerifier;
            return this;
        }

        /**
         * The clock for the verification time.
         *
         * @param verificationClock the clock
         * @return this builder
         */
        public Builder clock(Clock verificationClock) {
            this.clock = Objects.requireNonNull(verificationClock, "clock");
            return this;
        }

        /** {@return the reader} */
        public MdocReader build() {
            return new MdocReader(this);
        }
    }
}

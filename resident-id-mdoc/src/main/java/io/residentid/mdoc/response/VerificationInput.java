package io.residentid.mdoc.response;

import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.session.SessionTranscript;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DeviceResponse is verified against.
 *
 * @param sessionTranscript the session's transcript (device authentication covers it)
 * @param readerKey         the reader's ephemeral key pair, needed for {@code deviceMac}
 * @param request           the DeviceRequest sent, to report what was withheld or not asked for
 * @param at                the verification time
 */
public record VerificationInput(SessionTranscript sessionTranscript, Optional<MdocKeyPair> readerKey,
                                Optional<DeviceRequest> request, Instant at) {

    /**
     * Requires the transcript and the time.
     *
     * @param sessionTranscript the session transcript both sides hash
     * @param readerKey the reader's ephemeral key pair, needed for deviceMac
     * @param request the request
     * @param at the time the verification is made for
     */
    public VerificationInput {
        Objects.requireNonNull(sessionTranscript, "sessionTranscript");
        Objects.requireNonNull(at, "at");
        readerKey = readerKey == null ? Optional.empty() : readerKey;
        request = request == null ? Optional.empty() : request;
    }

    /**
     * Input with only the transcript, verified now.
     *
     * @param transcript the session transcript both sides hash
     * @return the input
     */
    public static VerificationInput of(SessionTranscript transcript) {
        return new VerificationInput(transcript, Optional.empty(), Optional.empty(), Instant.now());
    }

    /**
     * {@return a copy with the reader key}
     *
     * @param key the reader's ephemeral key pair
     */
    public VerificationInput withReaderKey(MdocKeyPair key) {
        return new VerificationInput(sessionTranscript, Optional.ofNullable(key), request, at);
    }

    /**
     * {@return a copy with the request}
     *
     * @param deviceRequest the DeviceRequest
     */
    public VerificationInput withRequest(DeviceRequest deviceRequest) {
        return new VerificationInput(sessionTranscript, readerKey, Optional.ofNullable(deviceRequest), at);
    }

    /**
     * {@return a copy verified at {@code time}}
     *
     * @param time the verification time
     */
    public VerificationInput at(Instant time) {
        return new VerificationInput(sessionTranscript, readerKey, request, time);
    }
}

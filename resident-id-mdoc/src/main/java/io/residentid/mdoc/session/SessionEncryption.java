package io.residentid.mdoc.session;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cose.CoseKey;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.internal.Crypto;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Session encryption of ISO/IEC 18013-5 §9.1.1.5: SKReader and SKDevice from HKDF-SHA-256 over the ECDH secret of
 * the two ephemeral keys (salt = SHA-256(SessionTranscriptBytes)), AES-256-GCM with the 12-byte IV
 * {@code identifier(8) || counter(4)} (reader identifier 0, mdoc identifier 1), each direction's counter starting
 * at 1. A message that arrives out of order, with a truncated tag or under the wrong key fails with
 * {@link MdocCode#SESSION_DECRYPTION_FAILED}, and the expected counter does not move.
 *
 * <p>Stateful (the counters): one instance per session; methods are synchronized.
 */
public final class SessionEncryption {
    private static final byte[] READER_ID = {0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] DEVICE_ID = {0, 0, 0, 0, 0, 0, 0, 1};
    /** The largest plaintext or ciphertext accepted (the DeviceResponse with portrait fits easily). */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private final Role role;
    private final byte[] skReader;
    private final byte[] skDevice;
    private final CborTag eReaderKeyBytes;
    private long sendCounter = 1;
    private long receiveCounter = 1;
    private boolean closed;

    private SessionEncryption(Role role, byte[] sharedSecret, SessionTranscript transcript) {
        this.role = role;
        byte[] salt = Crypto.hash("SHA-256", transcript.bytes().toByteArray());
        this.skReader = Crypto.hkdf(sharedSecret, salt, "SKReader".getBytes(StandardCharsets.US_ASCII), 32);
        this.skDevice = Crypto.hkdf(sharedSecret, salt, "SKDevice".getBytes(StandardCharsets.US_ASCII), 32);
        Arrays.fill(sharedSecret, (byte) 0);
        this.eReaderKeyBytes = transcript.eReaderKeyBytes();
    }

    /**
     * {@return the reader's session: its ephemeral key pair and the device's ephemeral key from the engagement}
     *
     * @param eReaderKey the reader's ephemeral key
     * @param eDeviceKey the mdoc's ephemeral device key
     * @param transcript the session transcript both sides hash
     */
    public static SessionEncryption reader(MdocKeyPair eReaderKey, CoseKey eDeviceKey, SessionTranscript transcript) {
        return new SessionEncryption(Role.READER, eReaderKey.agree(eDeviceKey), transcript);
    }

    /**
     * {@return the mdoc's session: its ephemeral key pair and the reader's ephemeral key from SessionEstablishment}
     *
     * @param eDeviceKey the mdoc's ephemeral device key
     * @param eReaderKey the reader's ephemeral key
     * @param transcript the session transcript both sides hash
     */
    public static SessionEncryption device(MdocKeyPair eDeviceKey, CoseKey eReaderKey, SessionTranscript transcript) {
        return new SessionEncryption(Role.DEVICE, eDeviceKey.agree(eReaderKey), transcript);
    }

    /** {@return this side's role} */
    public Role role() {
        return role;
    }

    Bytes skReader() {
        return Bytes.of(skReader);
    }

    Bytes skDevice() {
        return Bytes.of(skDevice);
    }

    private static byte[] iv(byte[] id, long counter) {
        return ByteBuffer.allocate(12).put(id).putInt((int) counter).array();
    }

    /**
     * Encrypts the next outgoing message.
     *
     * @param plaintext the message
     * @return the ciphertext with its tag
     */
    public synchronized Bytes encrypt(byte[] plaintext) {
        if (closed || sendCounter > 0xFFFFFFFFL) {
            throw new MdocFormatException(MdocCode.SESSION_STATE_INVALID, -1, null, null);
        }
        if (plaintext.length > MAX_MESSAGE_BYTES) {
            throw new MdocFormatException(MdocCode.CBOR_TOO_LARGE, -1, null, null, 0);
        }
        boolean reader = role == Role.READER;
        byte[] out = Crypto.aesGcm(true, reader ? skReader : skDevice, iv(reader ? READER_ID : DEVICE_ID,
                sendCounter), plaintext);
        sendCounter++;
        return Bytes.of(out);
    }

    /**
     * Decrypts the next incoming message; fails (counter unchanged) when it is not the expected one.
     *
     * @param ciphertext the ciphertext with its tag
     * @return the plaintext
     */
    public synchronized byte[] decrypt(Bytes ciphertext) {
        if (closed || receiveCounter > 0xFFFFFFFFL) {
            throw new MdocFormatException(MdocCode.SESSION_STATE_INVALID, -1, null, null);
        }
        if (ciphertext.length() > MAX_MESSAGE_BYTES + 16 || ciphertext.length() < 16) {
            throw new MdocFormatException(MdocCode.SESSION_DECRYPTION_FAILED, -1, null, null);
        }
        boolean reader = role == Role.READER;
        byte[] out = Crypto.aesGcm(false, reader ? skDevice : skReader, iv(reader ? DEVICE_ID : READER_ID,
                receiveCounter), ciphertext.toByteArray());
        receiveCounter++;
        return out;
    }

    /**
     * {@return the reader's first message: SessionEstablishment {eReaderKey, data}}
     *
     * @param deviceRequest the DeviceRequest
     */
    public Bytes sessionEstablishment(byte[] deviceRequest) {
        if (role != Role.READER) {
            throw new IllegalStateException("only the reader sends SessionEstablishment");
        }
        CborMap m = CborMap.builder().put("eReaderKey", eReaderKeyBytes)
                .put("data", CborItem.bytes(encrypt(deviceRequest))).build();
        return Bytes.of(CborEncoder.encode(m));
    }

    /**
     * {@return a SessionData {data} message carrying {@code payload}}
     *
     * @param payload the payload
     */
    public Bytes sessionData(byte[] payload) {
        return Bytes.of(CborEncoder.encode(CborMap.builder().put("data", CborItem.bytes(encrypt(payload))).build()));
    }

    /**
     * {@return a SessionData message with only a status (e.g. 20, termination), which closes this session}
     *
     * @param status the status code
     */
    public synchronized Bytes sessionStatus(SessionStatus status) {
        closed = status == SessionStatus.SESSION_TERMINATION;
        return Bytes.of(CborEncoder.encode(CborMap.builder().put("status", CborItem.integer(status.code()))
                .build()));
    }

    /**
     * Reads a received SessionData (or the data of a SessionEstablishment): decrypts {@code data} when present.
     * A status of 20 closes the session.
     *
     * @param message the bytes signed or authenticated
     * @return the decrypted data and the status
     */
    public Received receive(Bytes message) {
        CborMap m = CborDecoder.strict().decode(message).asMap("SessionData");
        Optional<Long> status = m.get("status").map(s -> s.asLong("SessionData.status"));
        Optional<Bytes> data = Optional.empty();
        Optional<CborItem> d = m.get("data");
        if (d.isPresent()) {
            data = Optional.of(Bytes.of(decrypt(d.get().asBytes("SessionData.data"))));
        }
        if (status.isPresent() && status.get() == SessionStatus.SESSION_TERMINATION.code()) {
            synchronized (this) {
                closed = true;
            }
        }
        return new Received(data, status);
    }

    /** {@return whether a termination was sent or received} */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Wipes the session keys; the instance is unusable afterwards. */
    public synchronized void destroy() {
        Arrays.fill(skReader, (byte) 0);
        Arrays.fill(skDevice, (byte) 0);
        closed = true;
    }

    /**
     * What a SessionData carried.
     *
     * @param data   the decrypted payload, if any
     * @param status the status code, if any (see {@link SessionStatus})
     */
    public record Received(Optional<Bytes> data, Optional<Long> status) {
    }

    /**
     * The reader key of a SessionEstablishment (the mdoc reads it before it can derive its keys).
     *
     * @param eReaderKeyBytes EReaderKeyBytes as received
     * @param eReaderKey      the reader's ephemeral key
     * @param message         the message, to hand to {@link #receive} once the session exists
     */
    public record Establishment(CborTag eReaderKeyBytes, CoseKey eReaderKey, Bytes message) {
        /**
         * Reads a SessionEstablishment.
         *
         * @param message the bytes signed or authenticated
         * @return the establishment message
         */
        public static Establishment parse(Bytes message) {
            CborMap m = CborDecoder.strict().decode(message).asMap("SessionEstablishment");
            CborTag keyBytes = m.require("eReaderKey", "SessionEstablishment")
                    .asTag(CborTag.ENCODED_CBOR, "SessionEstablishment.eReaderKey");
            m.require("data", "SessionEstablishment").asBytes("SessionEstablishment.data");
            CoseKey key = CoseKey.parse(CborDecoder.strict().decodeEmbedded(keyBytes, "eReaderKey"), "EReaderKey");
            return new Establishment(keyBytes, key, message);
        }
    }
}

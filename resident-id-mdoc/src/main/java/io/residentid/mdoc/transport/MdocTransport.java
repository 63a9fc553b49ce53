package io.residentid.mdoc.transport;

import io.residentid.core.model.Bytes;

/**
 * Carries session messages between a reader and an mdoc (ISO/IEC 18013-5 §8.3.3): the reader sends
 * SessionEstablishment or SessionData and receives the mdoc's SessionData. The session encryption is above this
 * interface, so a transport only moves opaque bytes.
 *
 * <p>Implementations: {@link InMemoryTransport} (tests, the in-process emulator) and {@code NfcTransport} (ISO
 * 7816 APDUs: SELECT, ENVELOPE, GET RESPONSE). A BLE transport (GATT client of the mdoc's peripheral server, or
 * server for central client mode) would implement the same two methods: write the message to the State/Client2Server
 * characteristics in MTU-sized chunks and reassemble Server2Client notifications until the last chunk.
 */
public interface MdocTransport extends AutoCloseable {

    /**
     * Sends one message and returns the mdoc's reply (empty when the mdoc sends none, e.g. after termination).
     *
     * @param message the bytes signed or authenticated
     * @return the mdoc's reply
     * @throws io.residentid.mdoc.MdocFormatException with code TRANSPORT_FAILED when the exchange fails
     */
    Bytes exchange(Bytes message);

    /** Ends the connection; further exchanges fail. */
    @Override
    void close();
}

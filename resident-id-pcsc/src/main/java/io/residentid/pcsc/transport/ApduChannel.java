package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;

/**
 * A channel to a card: send a command APDU, get the response APDU. Implementations: {@link PcscCard} (a reader
 * through {@code javax.smartcardio}), {@link InProcessChannel} (a software card in the same JVM). Wrappers add
 * behaviour without the caller noticing: {@link TransmissionRules#wrap} (GET RESPONSE, Le correction, chaining),
 * {@link ApduTrace#wrap} (SLF4J trace with redaction), and later secure messaging, which encrypts each command and
 * verifies each response before handing it up.
 *
 * <p>Transport failures are unchecked {@link CardTransportException}s; status words are never turned into
 * exceptions here (callers decide, e.g. with {@link ResponseApdu#requireSuccess()}).
 */
public interface ApduChannel extends AutoCloseable {

    /**
     * Sends one command and returns the card's response.
     *
     * @throws CardTransportException when the card or reader cannot be reached (removed card, stopped service)
     * @param command the command to send
     * @return the card's response, whatever its status word
     */
    ResponseApdu transmit(CommandApdu command);

    /** {@return the card's answer-to-reset (a copy)} */
    byte[] atr();

    /** Releases the channel; further transmits fail. Idempotent. */
    @Override
    void close();
}

package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.sm.SecureMessagingChannel;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.CardTransportException;

import java.util.Objects;

/**
 * A chip that has been read and whose secure-messaging session is still open, from
 * {@link ChipReader#readAndKeepSession}: {@link #result()} is the read, {@link #channel()} carries every later command
 * through the same secure messaging — a PIN for holder authentication included, which would otherwise travel in
 * clear. A plain command would end the card's session, so after a read under PACE or BAC everything goes here.
 *
 * <pre>{@code
 * try (ChipSession session = reader.readAndKeepSession(channel, key)) {
 *     ChipReadResult read = session.result();
 *     HolderAuthenticationResult holder = authenticator.authenticate(session.channel(), pin);
 * }
 * }</pre>
 *
 * Closing ends the session (wipes its keys) and leaves the card connected. Not thread-safe: one caller at a time.
 */
public final class ChipSession implements AutoCloseable {

    private final ChipReadResult result;
    private final SecureMessagingChannel secure;
    private final ApduChannel channel;

    ChipSession(ChipReadResult result, SecureMessagingChannel secure) {
        this.result = Objects.requireNonNull(result, "result");
        this.secure = Objects.requireNonNull(secure, "secure");
        this.channel = new SessionChannel(secure);
    }

    /** {@return what was read and verified} */
    public ChipReadResult result() {
        return result;
    }

    /**
     * The channel under the read's secure messaging: commands are protected and responses verified. Closing it
     * does nothing; close the session instead.
     *
     * @return the channel whose commands go through the read's secure messaging
     */
    public ApduChannel channel() {
        return channel;
    }

    /** {@return whether the secure-messaging session is still usable} */
    public boolean isOpen() {
        return secure.isOpen();
    }

    /** Ends the secure-messaging session; the card stays connected. */
    @Override
    public void close() {
        secure.close();
    }

    @Override
    public String toString() {
        return "ChipSession[" + result.accessControl() + ", open=" + isOpen() + "]";
    }

    /** Forwards to the secure channel; refuses to send once the session is over rather than fall back to plain. */
    private static final class SessionChannel implements ApduChannel {
        private final SecureMessagingChannel secure;

        SessionChannel(SecureMessagingChannel secure) {
            this.secure = secure;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            if (!secure.isOpen()) {
                throw new CardTransportException("the chip's secure-messaging session is closed");
            }
            return secure.transmit(command);
        }

        @Override
        public byte[] atr() {
            return secure.atr();
        }

        @Override
        public void close() {
            // the session owns the secure channel
        }
    }
}

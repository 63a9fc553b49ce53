package io.residentid.pcsc.sm;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;

import java.util.Arrays;
import java.util.Objects;

/**
 * An {@link ApduChannel} that protects every command with ICAO secure messaging and verifies every response
 * before handing it up: callers send plain APDUs and get plain responses. The wrapped channel should already apply
 * the transmission rules (GET RESPONSE, Le correction), which then work on the protected APDUs.
 *
 * <p>A MAC failure or malformed protected response throws {@link SecureMessagingException} and ends the session;
 * closing this channel ends the session but leaves the underlying channel open (the card stays connected).
 */
public final class SecureMessagingChannel implements ApduChannel {

    private final ApduChannel inner;
    private final SecureMessaging session;

    /**
     * Opens secure messaging over a channel.
     *
     * @param inner the channel to the card
     * @param keys the session keys from access control
     */
    public SecureMessagingChannel(ApduChannel inner, SessionKeys keys) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.session = SecureMessaging.forTerminal(keys);
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        byte[] plain = command.encode();
        byte[] protectedCommand;
        try {
            protectedCommand = session.protectCommand(plain);
        } finally {
            Arrays.fill(plain, (byte) 0); // the plaintext command bytes (a PIN for VERIFY) are wiped after use
        }
        ResponseApdu response = inner.transmit(CommandApdu.parse(protectedCommand));
        byte[] plainResponse = session.unprotectResponse(response.encode());
        try {
            return ResponseApdu.parse(plainResponse);
        } finally {
            Arrays.fill(plainResponse, (byte) 0);
        }
    }

    /** {@return whether the secure-messaging session is still usable} */
    public boolean isOpen() {
        return session.isOpen();
    }

    /** {@return the session's cipher} */
    public SmCipher cipher() {
        return session.cipher();
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    /** Ends the secure-messaging session (wipes its keys); the underlying channel stays open. */
    @Override
    public void close() {
        session.close();
    }
}

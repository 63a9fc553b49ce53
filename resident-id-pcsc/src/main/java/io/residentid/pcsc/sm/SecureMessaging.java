package io.residentid.pcsc.sm;

import io.residentid.pcsc.internal.Padding;
import io.residentid.pcsc.internal.SmPrimitives;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.TlvReader;
import java.util.Arrays;
import java.util.Objects;

/**
 * ICAO 9303-11 §9.8 secure messaging over raw APDU bytes: data in DO'87' (with the {@code 01} padding-content
 * indicator) or DO'85' (odd INS), Le in DO'97', status in DO'99', checksum in DO'8E', a send-sequence counter
 * incremented before every command and every response, short or extended length as the content needs.
 *
 * <p>One object is one session seen from one side: {@link #forTerminal(SessionKeys)} protects commands and
 * verifies responses; {@link #forCard(SessionKeys)} is the mirror used by the emulator. Every response MAC is
 * checked; a failure throws {@link MacVerificationException} and ends the session, as does any malformed protected
 * APDU. Methods are synchronized: the counter makes a session strictly sequential.
 */
public final class SecureMessaging {

    private static final int TAG_ENCRYPTED_ODD = 0x85;
    private static final int TAG_ENCRYPTED = 0x87;
    private static final int TAG_STATUS = 0x99;
    private static final int TAG_LE = 0x97;
    private static final int TAG_MAC = 0x8E;

    private final SmCipher cipher;
    private final byte[] encKey;
    private final byte[] macKey;
    private final byte[] ssc;
    private boolean open = true;

    private SecureMessaging(SessionKeys keys) {
        Objects.requireNonNull(keys, "keys");
        this.cipher = keys.cipher();
        this.encKey = keys.encKey();
        this.macKey = keys.macKey();
        this.ssc = keys.initialSsc();
    }

    /**
     * A session for the terminal (reader) side.
     *
     * @param keys the session keys from access control
     * @return the terminal side: protects commands, verifies responses
     */
    public static SecureMessaging forTerminal(SessionKeys keys) {
        return new SecureMessaging(keys);
    }

    /**
     * A session for the card side (used by the emulator).
     *
     * @param keys the session keys from access control
     * @return the card side: verifies commands, protects responses
     */
    public static SecureMessaging forCard(SessionKeys keys) {
        return new SecureMessaging(keys);
    }

    /** {@return the session's cipher} */
    public SmCipher cipher() {
        return cipher;
    }

    /** {@return whether the session can still be used} */
    public synchronized boolean isOpen() {
        return open;
    }

    /** {@return a copy of the current send-sequence counter (for tests and diagnostics; it is not secret)} */
    public synchronized byte[] sendSequenceCounter() {
        return ssc.clone();
    }

    /** Ends the session and wipes its keys. */
    public synchronized void close() {
        open = false;
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
    }

    // ------------------------------------------------------------------ terminal side

    /**
     * Protects a plain command APDU (ISO 7816-4 case 1–4, short or extended).
     *
     * @return the protected command APDU
     * @param commandApdu the plain command APDU
     */
    public synchronized byte[] protectCommand(byte[] commandApdu) {
        ensureOpen();
        PlainCommand plain;
        try {
            plain = PlainCommand.parse(commandApdu);
        } catch (SecureMessagingException e) {
            // A malformed plain command is the caller's error; the session itself is still sound.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if ((plain.cla() & 0x0C) != 0) {
            throw new IllegalArgumentException("command is already marked as secure messaging");
        }
        increment();
        int cla = plain.cla() | 0x0C;
        byte[] header = {(byte) cla, (byte) plain.ins(), (byte) plain.p1(), (byte) plain.p2()};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (plain.data().length > 0) {
            boolean odd = (plain.ins() & 1) == 1;
            byte[] padded = Padding.pad(plain.data(), cipher.blockSize());
            byte[] encrypted;
            try {
                encrypted = encrypt(padded);
            } finally {
                // the plaintext (a PIN, a challenge, personal data) lives no longer than its encryption
                Arrays.fill(padded, (byte) 0);
                Arrays.fill(plain.data(), (byte) 0);
            }
            if (odd) {
                Tlv.write(body, TAG_ENCRYPTED_ODD, encrypted, 0, encrypted.length);
            } else {
                byte[] content = new byte[encrypted.length + 1];
                content[0] = 0x01;
                System.arraycopy(encrypted, 0, content, 1, encrypted.length);
                Tlv.write(body, TAG_ENCRYPTED, content, 0, content.length);
            }
        }
        if (plain.ne() > 0) {
            byte[] le = plain.ne() <= 256 ? new byte[] {(byte) plain.ne()}
                    : new byte[] {(byte) (plain.ne() >>> 8), (byte) plain.ne()};
            Tlv.write(body, TAG_LE, le, 0, le.length);
        }
        byte[] dos = body.toByteArray();
        byte[] macInput = concat(ssc, Padding.pad(header, cipher.blockSize()), dos);
        byte[] checksum = SmPrimitives.mac(cipher, macKey, Padding.pad(macInput, cipher.blockSize()));
        Tlv.write(body, TAG_MAC, checksum, 0, checksum.length);
        byte[] data = body.toByteArray();
        boolean extended = data.length > 255 || plain.ne() > 256;
        return new PlainCommand(cla, plain.ins(), plain.p1(), plain.p2(), data, extended ? 65536 : 256).encode();
    }

    /**
     * Verifies and decrypts a protected response APDU (data ‖ SW1 SW2).
     *
     * @return the plain response APDU: data ‖ the status word from DO'99'. A status-only response that carries no
     *     secure-messaging objects is returned as is (cards answer errors that way); {@code 6987}/{@code 6988}
     *     (secure-messaging objects missing/incorrect) end the session with an exception.
     * @throws MacVerificationException when the checksum is wrong (the session ends)
     * @throws SecureMessagingException when the response is malformed (the session ends)
     * @param responseApdu the protected response APDU
     */
    public synchronized byte[] unprotectResponse(byte[] responseApdu) {
        ensureOpen();
        if (responseApdu == null || responseApdu.length < 2) {
            throw fail("response APDU shorter than its status word");
        }
        increment();
        int sw = ((responseApdu[responseApdu.length - 2] & 0xFF) << 8) | (responseApdu[responseApdu.length - 1] & 0xFF);
        if (responseApdu.length == 2) {
            if (sw == 0x6987 || sw == 0x6988) {
                throw fail(String.format("card reports a secure-messaging error (%04X)", sw));
            }
            if (sw == 0x9000) {
                throw fail("successful response without secure-messaging objects");
            }
            return responseApdu.clone();
        }
        DataObjects dos = DataObjects.parse(responseApdu, 0, responseApdu.length - 2, this);
        if (dos.status == null || dos.status.length != 2) {
            throw fail("protected response without a 2-byte DO'99' status");
        }
        if (dos.le != null) {
            throw fail("unexpected DO'97' in a response");
        }
        verifyMac(responseApdu, 0, dos.macInputEnd, dos.mac, null, "response");
        byte[] data = dos.encrypted == null ? new byte[0] : decryptContent(dos);
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = dos.status[0];
        out[data.length + 1] = dos.status[1];
        return out;
    }

    // ------------------------------------------------------------------ card side

    /**
     * Verifies and decrypts a protected command APDU (card side).
     *
     * @return the plain command APDU
     * @throws MacVerificationException when the checksum is wrong (the session ends)
     * @throws SecureMessagingException when the command is malformed (the session ends)
     * @param protectedApdu the protected command APDU
     */
    public synchronized byte[] unprotectCommand(byte[] protectedApdu) {
        ensureOpen();
        PlainCommand command;
        try {
            command = PlainCommand.parse(protectedApdu);
        } catch (SecureMessagingException e) {
            throw fail(e.getMessage());
        }
        if ((command.cla() & 0x0C) != 0x0C) {
            throw fail("command is not marked as secure messaging");
        }
        increment();
        byte[] body = command.data();
        DataObjects dos = DataObjects.parse(body, 0, body.length, this);
        if (dos.status != null) {
            throw fail("unexpected DO'99' in a command");
        }
        byte[] header = {(byte) command.cla(), (byte) command.ins(), (byte) command.p1(), (byte) command.p2()};
        verifyMac(body, 0, dos.macInputEnd, dos.mac, Padding.pad(header, cipher.blockSize()), "command");
        byte[] data = dos.encrypted == null ? new byte[0] : decryptContent(dos);
        int ne = 0;
        if (dos.le != null) {
            if (dos.le.length == 1) {
                ne = dos.le[0] == 0 ? 256 : dos.le[0] & 0xFF;
            } else if (dos.le.length == 2) {
                int v = ((dos.le[0] & 0xFF) << 8) | (dos.le[1] & 0xFF);
                ne = v == 0 ? 65536 : v;
            } else {
                throw fail("DO'97' must hold 1 or 2 bytes");
            }
        }
        return new PlainCommand(command.cla() & ~0x0C, command.ins(), command.p1(), command.p2(), data, ne).encode();
    }

    /**
     * Protects a plain response (card side): data in DO'87', the status word in DO'99', checksum in DO'8E'.
     *
     * @param data       response data, possibly empty
     * @param statusWord SW1-SW2
     * @return the protected response APDU including the trailing status word
     */
    public synchronized byte[] protectResponse(byte[] data, int statusWord) {
        ensureOpen();
        Objects.requireNonNull(data, "data");
        increment();
        ByteArrayOutputStream body = new ByteArrayOutputStream(data.length + 32);
        if (data.length > 0) {
            byte[] encrypted = encrypt(Padding.pad(data, cipher.blockSize()));
            byte[] content = new byte[encrypted.length + 1];
            content[0] = 0x01;
            System.arraycopy(encrypted, 0, content, 1, encrypted.length);
            Tlv.write(body, TAG_ENCRYPTED, content, 0, content.length);
        }
        byte[] sw = {(byte) (statusWord >>> 8), (byte) statusWord};
        Tlv.write(body, TAG_STATUS, sw, 0, 2);
        byte[] checksum = SmPrimitives.mac(cipher, macKey, Padding.pad(concat(ssc, body.toByteArray()), cipher.blockSize()));
        Tlv.write(body, TAG_MAC, checksum, 0, checksum.length);
        body.write(sw[0]);
        body.write(sw[1]);
        return body.toByteArray();
    }

    // ------------------------------------------------------------------ internals

    private void ensureOpen() {
        if (!open) {
            throw new SessionClosedException("secure-messaging session has ended");
        }
    }

    SecureMessagingException fail(String message) {
        close();
        return new SecureMessagingException(message);
    }

    private void increment() {
        for (int i = ssc.length - 1; i >= 0; i--) {
            ssc[i]++;
            if (ssc[i] != 0) {
                return;
            }
        }
    }

    private byte[] iv() {
        return cipher.isAes() ? SmPrimitives.encryptBlock(cipher, encKey, ssc) : null;
    }

    private byte[] encrypt(byte[] padded) {
        return SmPrimitives.encrypt(cipher, encKey, iv(), padded);
    }

    private byte[] decryptContent(DataObjects dos) {
        byte[] cryptogram = dos.encrypted;
        if (dos.encryptedTag == TAG_ENCRYPTED) {
            if (cryptogram.length < 1 || cryptogram[0] != 0x01) {
                throw fail("DO'87' without padding-content indicator 01");
            }
            cryptogram = Arrays.copyOfRange(cryptogram, 1, cryptogram.length);
        }
        if (cryptogram.length == 0 || cryptogram.length % cipher.blockSize() != 0) {
            throw fail("cryptogram is not a whole number of blocks");
        }
        byte[] plain = SmPrimitives.decrypt(cipher, encKey, iv(), cryptogram);
        byte[] unpadded = Padding.unpad(plain);
        Arrays.fill(plain, (byte) 0);
        if (unpadded == null) {
            throw fail("cryptogram has malformed padding");
        }
        return unpadded;
    }

    private void verifyMac(byte[] source, int offset, int end, byte[] received, byte[] paddedHeader, String what) {
        if (received == null) {
            throw fail(what + " without DO'8E' checksum");
        }
        byte[] covered = Arrays.copyOfRange(source, offset, end);
        byte[] macInput = paddedHeader == null ? concat(ssc, covered) : concat(ssc, paddedHeader, covered);
        byte[] expected = SmPrimitives.mac(cipher, macKey, Padding.pad(macInput, cipher.blockSize()));
        if (received.length != SmPrimitives.MAC_LENGTH || !MessageDigest.isEqual(expected, received)) {
            close();
            throw new MacVerificationException(what + " checksum (DO'8E') does not verify; session ended");
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }

    /** The secure-messaging data objects of one protected body, in the order 9303 prescribes. */
    private static final class DataObjects {
        int encryptedTag;
        byte[] encrypted;
        byte[] le;
        byte[] status;
        byte[] mac;
        int macInputEnd;

        static DataObjects parse(byte[] buf, int start, int end, SecureMessaging session) {
            DataObjects dos = new DataObjects();
            TlvReader reader = TlvReader.of(buf, start, end - start);
            while (true) {
                try {
                    if (!reader.next()) {
                        break;
                    }
                } catch (TlvException e) {
                    throw session.fail("malformed secure-messaging data object: " + e.getMessage());
                }
                int tagStart = reader.headerOffset();
                int tag = reader.tag();
                byte[] value = reader.value();
                if (dos.mac != null) {
                    throw session.fail("data after the DO'8E' checksum");
                }
                switch (tag) {
                    case TAG_ENCRYPTED, TAG_ENCRYPTED_ODD -> {
                        if (dos.encrypted != null || dos.le != null || dos.status != null) {
                            throw session.fail("misplaced or repeated encrypted data object");
                        }
                        dos.encryptedTag = tag;
                        dos.encrypted = value;
                    }
                    case TAG_LE -> {
                        if (dos.le != null || dos.status != null) {
                            throw session.fail("misplaced or repeated DO'97'");
                        }
                        dos.le = value;
                    }
                    case TAG_STATUS -> {
                        if (dos.status != null) {
                            throw session.fail("repeated DO'99'");
                        }
                        dos.status = value;
                    }
                    case TAG_MAC -> {
                        dos.mac = value;
                        dos.macInputEnd = tagStart;
                    }
                    default -> throw session.fail(String.format("unexpected secure-messaging data object %02X", tag));
                }
            }
            if (dos.mac == null) {
                throw session.fail("protected APDU without DO'8E' checksum");
            }
            return dos;
        }
    }
}

package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.InvalidApduException;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.SecureMessagingIndication;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.pin.PinReference;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.InProcessChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A software smart card speaking ISO/IEC 7816-4 over APDUs: an ATR, a file system (MF / DF / transparent EF),
 * PIN objects with retry counters and PUKs, GET CHALLENGE, command chaining and applets selected by AID.
 *
 * <p>Supported commands: SELECT ({@code A4}; P1 = 00 MF/DF/EF by file identifier, 01 child DF, 02 EF, 03 parent,
 * 04 DF name / AID, 08 path from the MF, 09 path from the current DF; P2 = 00 FCI, 04 FCP, 0C no data), READ BINARY
 * ({@code B0} with 15-bit offset or short EF identifier; odd {@code B1} with offset DO'54' and response DO'53', for
 * offsets above 32767), VERIFY ({@code 20}, without data: 9000 / 63Cx / 6983; P1 = FF resets the verification),
 * CHANGE REFERENCE DATA ({@code 24}, P1 = 00), RESET RETRY COUNTER ({@code 2C}, P1 = 00 PUK + new PIN, 01 PUK only),
 * GET CHALLENGE ({@code 84}), GET RESPONSE ({@code C0}, with {@link Builder#responseChunk(int)}). Extended length is
 * accepted when {@link Builder#extendedLength(boolean)} is on (the default, announced in the default ATR).
 *
 * <p>The parts live in their own classes: {@link FileSystem} (selection and READ BINARY), {@link PinStore}
 * (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER) and {@link Chaining} (command and response chaining); this
 * class dispatches.
 *
 * <p>Use it in-process through {@link #channel()}, or on a real PC/SC stack through {@link VpcdClient}. Thread-safe
 * (one command at a time).
 */
public final class SoftCard implements VirtualCard {

    /**
     * Default ATR: T=1 (TD1 = 81, TD2 = 31 with IFSC FE and BWI/CWI 45), historical bytes {@code 80 73 B4 01 C0 82 90
     * 00}: category 80, card capabilities (selection by full DF name, path, file id and SFI; data unit 1 byte;
     * command chaining and extended Lc/Le supported), status 9000; then TCK.
     */
    public static final byte[] DEFAULT_ATR = withTck(new byte[] {
        0x3B, (byte) 0x88, (byte) 0x81, 0x31, (byte) 0xFE, 0x45,
        (byte) 0x80, 0x73, (byte) 0xB4, 0x01, (byte) 0xC0, (byte) 0x82, (byte) 0x90, 0x00});

    private final byte[] atr;
    private final boolean extendedLength;
    private final Random random;
    private final Context context = new Context();
    private final PinStore pins;
    private final FileSystem files;
    private final Chaining chaining;
    private boolean powered = true;
    private long commands;

    private SoftCard(Builder b) {
        this.atr = b.atr.clone();
        this.extendedLength = b.extendedLength;
        this.random = b.random != null ? b.random : new SecureRandom();
        this.pins = new PinStore(b.pins);
        this.files = new FileSystem(b.mf, b.applets, pins, context);
        this.chaining = new Chaining(b.responseChunk);
    }

    /**
     * {@return a builder of an empty card}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The ATR (a copy). */
    @Override
    public byte[] atr() {
        return atr.clone();
    }

    /** {@return An in-process channel to this card} */
    public ApduChannel channel() {
        return new InProcessChannel(this, atr);
    }

    /** Number of commands processed since creation. */
    @Override
    public synchronized long commandCount() {
        return commands;
    }

    /** Contact deactivation: the session ends (verified PINs forgotten, MF selected). */
    @Override
    public synchronized void powerOff() {
        powered = false;
        resetSession();
    }

    /** Contact activation. */
    @Override
    public synchronized void powerOn() {
        powered = true;
        resetSession();
    }

    /** Warm reset: same as power off and on. */
    @Override
    public synchronized void reset() {
        powerOn();
    }

    private void resetSession() {
        files.reset();
        chaining.reset();
        pins.forgetAll();
    }

    /** Processes one encoded command; never throws (malformed commands get 6700 / 6E00 / 6D00). */
    @Override
    public synchronized byte[] process(byte[] command) {
        if (!powered) {
            powered = true; // a command implies the reader powered the card
        }
        CommandApdu apdu;
        try {
            apdu = CommandApdu.parse(command);
        } catch (InvalidApduException e) {
            commands++;
            if (command != null && command.length >= 2) {
                if ((command[0] & 0xFF) == 0xFF) {
                    return sw(0x6E00);
                }
                int high = command[1] & 0xF0;
                if (high == 0x60 || high == 0x90) {
                    return sw(0x6D00);
                }
            }
            return sw(0x6700);
        }
        return process(apdu).encode();
    }

    /**
     * Processes one command.
     *
     * @param command the command
     * @return the card's response
     */
    public synchronized ResponseApdu process(CommandApdu command) {
        commands++;
        if (command.isExtended() && !extendedLength) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        if (command.ins() == 0xC0) {
            return chaining.getResponse(command);
        }
        chaining.dropPendingResponse();
        if (command.logicalChannel() != 0) {
            return ResponseApdu.of(StatusWord.LOGICAL_CHANNEL_NOT_SUPPORTED);
        }
        Chaining.Step step = chaining.link(command);
        if (step.early() != null) {
            return step.early();
        }
        CommandApdu full = step.full();
        ResponseApdu response = dispatch(full);
        if (full != command && full.isSensitive()) {
            full.wipe();
        }
        if (full.ne() > 0 && response.nr() > full.ne()) {
            // more data than Ne allows: tell the exact length (6Cxx), as ISO/IEC 7816-3 cards do
            return ResponseApdu.of(StatusWord.of(0x6C00 | (response.nr() > 255 ? 0 : response.nr())));
        }
        return chaining.chunk(response);
    }

    private ResponseApdu dispatch(CommandApdu c) {
        Applet selectedApplet = files.selectedApplet();
        if (selectedApplet != null) {
            ResponseApdu r = selectedApplet.process(c, context);
            if (r != null) {
                return r;
            }
        }
        return dispatchIso(c);
    }

    private ResponseApdu dispatchIso(CommandApdu c) {
        if (c.secureMessaging() != SecureMessagingIndication.NONE) {
            return ResponseApdu.of(StatusWord.SECURE_MESSAGING_NOT_SUPPORTED);
        }
        if (c.cla() >= 0x80) {
            return ResponseApdu.of(StatusWord.CLA_NOT_SUPPORTED);
        }
        switch (c.ins()) {
            case 0xA4:
                return files.select(c);
            case 0xB0:
                return files.readBinary(c);
            case 0xB1:
                return files.readBinaryOdd(c);
            case 0x20:
                return pins.verify(c);
            case 0x24:
                return pins.changeReferenceData(c);
            case 0x2C:
                return pins.resetRetryCounter(c);
            case 0x84:
                return getChallenge(c);
            default:
                return ResponseApdu.of(StatusWord.INS_NOT_SUPPORTED);
        }
    }

    // ---- GET CHALLENGE

    private ResponseApdu getChallenge(CommandApdu c) {
        if (c.p1() != 0 || c.p2() != 0) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        if (c.nc() != 0 || c.ne() == 0 || c.ne() > 256) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        return ResponseApdu.of(context.random(c.ne()), StatusWord.OK);
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }

    static byte[] withTck(byte[] atrWithoutTck) {
        byte[] out = Arrays.copyOf(atrWithoutTck, atrWithoutTck.length + 1);
        int x = 0;
        for (int i = 1; i < atrWithoutTck.length; i++) {
            x ^= atrWithoutTck[i] & 0xFF;
        }
        out[out.length - 1] = (byte) x;
        return out;
    }

    private final class Context implements CardContext {
        @Override
        public boolean isVerified(int pinReference) {
            return pins.isVerified(pinReference);
        }

        @Override
        public ResponseApdu processIso(CommandApdu command) {
            return dispatchIso(command);
        }

        @Override
        public byte[] random(int length) {
            if (length < 0 || length > 65536) {
                throw new IllegalArgumentException("length must be 0..65536");
            }
            byte[] r = new byte[length];
            random.nextBytes(r);
            return r;
        }
    }

    /** Builds a {@link SoftCard}. */
    public static final class Builder {
        private byte[] atr = DEFAULT_ATR;
        private DedicatedFile mf = DedicatedFile.master();
        private final Map<Integer, PinObject> pins = new HashMap<>();
        private final List<Applet> applets = new ArrayList<>();
        private boolean extendedLength = true;
        private int responseChunk;
        private Random random;

        private Builder() {
        }

        /**
         * The ATR (default {@link SoftCard#DEFAULT_ATR}).
         *
         * @param atr the ATR
         * @return this builder
         */
        public Builder atr(byte[] atr) {
            if (atr == null || atr.length < 2 || atr.length > 33) {
                throw new IllegalArgumentException("ATR must be 2..33 bytes");
            }
            this.atr = atr.clone();
            return this;
        }

        /**
         * The file system's MF (default: an empty {@code 3F00}).
         *
         * @param mf the file system's MF
         * @return this builder
         */
        public Builder masterFile(DedicatedFile mf) {
            if (mf == null || mf.fid() != 0x3F00) {
                throw new IllegalArgumentException("the master file must be 3F00");
            }
            this.mf = mf;
            return this;
        }

        /**
         * A PIN with its reference data (encoded with {@code reference}'s format) and retry counter (1..15).
         *
         * @param reference the PIN's reference and format
         * @param value the PIN's digits (copied)
         * @param tries the tries before it blocks
         * @return this builder
         */
        public Builder pin(PinReference reference, char[] value, int tries) {
            byte[] encoded = reference.encode(value);
            pins.put(reference.reference(), new PinObject(reference.reference(), encoded, tries));
            return this;
        }

        /**
         * A PUK (a PIN object of its own) that unblocks {@code forPin} with RESET RETRY COUNTER.
         *
         * @param reference the PUK's reference and format
         * @param value the PUK's digits (copied)
         * @param tries the tries before it blocks
         * @param forPin the PIN it unblocks
         * @return this builder
         */
        public Builder puk(PinReference reference, char[] value, int tries, PinReference forPin) {
            PinObject target = pins.get(forPin.reference());
            if (target == null) {
                throw new IllegalArgumentException("add the PIN before its PUK");
            }
            pin(reference, value, tries);
            target.pukReference = reference.reference();
            return this;
        }

        /**
         * An applet selectable by its AID.
         *
         * @param applet An applet selectable by its AID
         * @return this builder
         */
        public Builder applet(Applet applet) {
            byte[] aid = applet.aid();
            if (aid == null || aid.length < 5 || aid.length > 16) {
                throw new IllegalArgumentException("AID must be 5..16 bytes");
            }
            applets.add(applet);
            return this;
        }

        /**
         * Whether extended Lc/Le are accepted (default true; without it they get 6700).
         *
         * @param supported whether extended Lc/Le are accepted
         * @return this builder
         */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /**
         * Responses longer than this many bytes are split: the first part with {@code 61xx}, the rest through GET
         * RESPONSE (0 = never, the default). Lets tests exercise T=0-style exchanges.
         *
         * @param bytes the most response bytes per APDU
         * @return this builder
         */
        public Builder responseChunk(int bytes) {
            if (bytes < 0 || bytes > 65536) {
                throw new IllegalArgumentException("response chunk must be 0..65536");
            }
            this.responseChunk = bytes;
            return this;
        }

        /**
         * The random source (default a {@link SecureRandom}; tests may pass a seeded one).
         *
         * @param random the random source
         * @return this builder
         */
        public Builder random(Random random) {
            this.random = random;
            return this;
        }

        /**
         * {@return the card}
         */
        public SoftCard build() {
            return new SoftCard(this);
        }
    }
}

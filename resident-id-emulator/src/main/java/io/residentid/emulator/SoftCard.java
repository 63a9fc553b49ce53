package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.apdu.InvalidApduException;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.SecureMessagingIndication;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.pin.PinReference;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.InProcessChannel;
import java.io.ByteArrayOutputStream;
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

    private static final int MAX_CHAIN = 65535;

    private final byte[] atr;
    private final DedicatedFile mf;
    private final Map<Integer, PinObject> pins;
    private final List<Applet> applets;
    private final boolean extendedLength;
    private final int responseChunk;
    private final Random random;
    private final Context context = new Context();

    private DedicatedFile currentDf;
    private ElementaryFile currentEf;
    private Applet selectedApplet;
    private final ByteArrayOutputStream chain = new ByteArrayOutputStream();
    private int chainIns = -1;
    private byte[] pendingResponse;
    private int pendingOffset;
    private boolean powered = true;
    private long commands;

    private SoftCard(Builder b) {
        this.atr = b.atr.clone();
        this.mf = b.mf;
        this.pins = new HashMap<>(b.pins);
        this.applets = new ArrayList<>(b.applets);
        this.extendedLength = b.extendedLength;
        this.responseChunk = b.responseChunk;
        this.random = b.random != null ? b.random : new SecureRandom();
        this.currentDf = mf;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ATR (a copy). */
    @Override
    public byte[] atr() {
        return atr.clone();
    }

    /** An in-process channel to this card. */
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
        if (selectedApplet != null) {
            selectedApplet.onDeselect();
        }
        selectedApplet = null;
        currentDf = mf;
        currentEf = null;
        chain.reset();
        chainIns = -1;
        pendingResponse = null;
        for (PinObject p : pins.values()) {
            p.verified = false;
        }
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

    /** Processes one command. */
    public synchronized ResponseApdu process(CommandApdu command) {
        commands++;
        if (command.isExtended() && !extendedLength) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        if (command.ins() == 0xC0) {
            return getResponse(command);
        }
        pendingResponse = null;
        if (command.logicalChannel() != 0) {
            return ResponseApdu.of(StatusWord.LOGICAL_CHANNEL_NOT_SUPPORTED);
        }
        CommandApdu full = command;
        if (command.isChained()) {
            if (chainIns >= 0 && chainIns != command.ins() || chain.size() + command.nc() > MAX_CHAIN) {
                chain.reset();
                chainIns = -1;
                return ResponseApdu.of(StatusWord.LAST_COMMAND_OF_CHAIN_EXPECTED);
            }
            chainIns = command.ins();
            chain.writeBytes(command.data());
            return ResponseApdu.of(StatusWord.OK);
        }
        if (chainIns >= 0) {
            if (chainIns != command.ins() || chain.size() + command.nc() > MAX_CHAIN) {
                chain.reset();
                chainIns = -1;
                return ResponseApdu.of(StatusWord.LAST_COMMAND_OF_CHAIN_EXPECTED);
            }
            chain.writeBytes(command.data());
            byte[] data = chain.toByteArray();
            chain.reset();
            chainIns = -1;
            full = command.toBuilder().data(data).sensitive(command.isSensitive()).build();
            Arrays.fill(data, (byte) 0);
        }
        ResponseApdu response = dispatch(full);
        if (full != command && full.isSensitive()) {
            full.wipe();
        }
        if (full.ne() > 0 && response.nr() > full.ne()) {
            // more data than Ne allows: tell the exact length (6Cxx), as ISO/IEC 7816-3 cards do
            return ResponseApdu.of(StatusWord.of(0x6C00 | (response.nr() > 255 ? 0 : response.nr())));
        }
        return chunk(response);
    }

    private ResponseApdu dispatch(CommandApdu c) {
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
                return select(c);
            case 0xB0:
                return readBinary(c);
            case 0xB1:
                return readBinaryOdd(c);
            case 0x20:
                return verify(c);
            case 0x24:
                return changeReferenceData(c);
            case 0x2C:
                return resetRetryCounter(c);
            case 0x84:
                return getChallenge(c);
            default:
                return ResponseApdu.of(StatusWord.INS_NOT_SUPPORTED);
        }
    }

    // ---- responses longer than the chunk size: 61xx + GET RESPONSE

    private ResponseApdu chunk(ResponseApdu response) {
        if (responseChunk <= 0 || response.nr() <= responseChunk) {
            return response;
        }
        byte[] all = response.encode(); // data || SW
        byte[] first = Arrays.copyOf(all, responseChunk);
        pendingResponse = all;
        pendingOffset = responseChunk;
        int remaining = all.length - 2 - pendingOffset;
        return ResponseApdu.of(first, StatusWord.of(0x6100 | Math.min(remaining, 256) & 0xFF));
    }

    private ResponseApdu getResponse(CommandApdu c) {
        if (pendingResponse == null) {
            return ResponseApdu.of(StatusWord.CONDITIONS_NOT_SATISFIED);
        }
        if (c.p1() != 0 || c.p2() != 0) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        int dataEnd = pendingResponse.length - 2;
        int n = Math.min(Math.min(c.ne() == 0 ? 256 : c.ne(), responseChunk), dataEnd - pendingOffset);
        byte[] part = Arrays.copyOfRange(pendingResponse, pendingOffset, pendingOffset + n);
        pendingOffset += n;
        int remaining = dataEnd - pendingOffset;
        if (remaining > 0) {
            return ResponseApdu.of(part, StatusWord.of(0x6100 | Math.min(remaining, 256) & 0xFF));
        }
        StatusWord finalSw = StatusWord.of(pendingResponse[dataEnd] & 0xFF, pendingResponse[dataEnd + 1] & 0xFF);
        pendingResponse = null;
        return ResponseApdu.of(part, finalSw);
    }

    // ---- SELECT

    private ResponseApdu select(CommandApdu c) {
        int p1 = c.p1();
        int p2 = c.p2();
        if ((p2 & 0x03) != 0 || (p2 & 0xF0) != 0) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        byte[] data = c.data();
        switch (p1) {
            case 0x00: {
                if (data.length == 0 || (data.length == 2 && fid(data, 0) == 0x3F00)) {
                    return selectDf(mf, null, p2);
                }
                if (data.length != 2) {
                    return ResponseApdu.of(StatusWord.WRONG_DATA);
                }
                int id = fid(data, 0);
                ElementaryFile ef = currentDf.ef(id);
                if (ef != null) {
                    return selectEf(ef, p2);
                }
                DedicatedFile df = currentDf.df(id);
                if (df == null && currentDf.parent() != null) {
                    df = currentDf.parent().fid() == id ? currentDf.parent() : currentDf.parent().df(id);
                }
                if (df == null && currentDf.fid() == id) {
                    df = currentDf;
                }
                return df != null ? selectDf(df, selectedApplet, p2) : ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
            }
            case 0x01: {
                DedicatedFile df = data.length == 2 ? currentDf.df(fid(data, 0)) : null;
                return df != null ? selectDf(df, selectedApplet, p2) : ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
            }
            case 0x02: {
                ElementaryFile ef = data.length == 2 ? currentDf.ef(fid(data, 0)) : null;
                return ef != null ? selectEf(ef, p2) : ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
            }
            case 0x03: {
                DedicatedFile parent = currentDf.parent();
                return parent != null && data.length == 0 ? selectDf(parent, selectedApplet, p2)
                        : ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
            }
            case 0x04:
                return selectByName(data, p2);
            case 0x08:
            case 0x09:
                return selectPath(p1 == 0x08 ? mf : currentDf, data, p1 == 0x08, p2);
            default:
                return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
    }

    private ResponseApdu selectByName(byte[] name, int p2) {
        if (name.length < 1 || name.length > 16) {
            return ResponseApdu.of(StatusWord.WRONG_DATA);
        }
        for (Applet applet : applets) {
            byte[] aid = applet.aid();
            if (aid.length >= name.length && Arrays.equals(aid, 0, name.length, name, 0, name.length)) {
                if (selectedApplet != null && selectedApplet != applet) {
                    selectedApplet.onDeselect();
                }
                forgetLocalPins();
                selectedApplet = applet;
                currentDf = applet.files().orElse(mf);
                currentEf = null;
                applet.onSelect(context);
                return p2 == 0x0C ? ResponseApdu.of(StatusWord.OK)
                        : ResponseApdu.of(fcp(p2 == 0x04 ? 0x62 : 0x6F, null, currentDf, aid), StatusWord.OK);
            }
        }
        DedicatedFile df = mf.findByName(name);
        if (df == null) {
            return ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
        }
        forgetLocalPins();
        return selectDf(df, null, p2);
    }

    private ResponseApdu selectPath(DedicatedFile start, byte[] path, boolean fromMf, int p2) {
        if (path.length == 0 || path.length % 2 != 0) {
            return ResponseApdu.of(StatusWord.WRONG_DATA);
        }
        DedicatedFile df = start;
        int i = 0;
        if (fromMf && fid(path, 0) == 0x3F00) {
            i = 2; // tolerate the MF at the start of an absolute path
        }
        for (; i < path.length; i += 2) {
            int id = fid(path, i);
            boolean last = i + 2 == path.length;
            DedicatedFile next = df.df(id);
            if (next != null) {
                df = next;
                continue;
            }
            ElementaryFile ef = last ? df.ef(id) : null;
            if (ef != null) {
                currentDf = df;
                return selectEf(ef, p2);
            }
            return ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
        }
        return selectDf(df, fromMf ? null : selectedApplet, p2);
    }

    private ResponseApdu selectDf(DedicatedFile df, Applet keep, int p2) {
        if (selectedApplet != null && keep == null) {
            selectedApplet.onDeselect();
            selectedApplet = null;
            forgetLocalPins();
        }
        currentDf = df;
        currentEf = null;
        if (p2 == 0x0C) {
            return ResponseApdu.of(StatusWord.OK);
        }
        return ResponseApdu.of(fcp(p2 == 0x04 ? 0x62 : 0x6F, null, df, df.rawName()), StatusWord.OK);
    }

    private ResponseApdu selectEf(ElementaryFile ef, int p2) {
        currentEf = ef;
        if (p2 == 0x0C) {
            return ResponseApdu.of(StatusWord.OK);
        }
        return ResponseApdu.of(fcp(p2 == 0x04 ? 0x62 : 0x6F, ef, null, null), StatusWord.OK);
    }

    /** FCP/FCI template: 80 size, 82 descriptor, 83 file id, 84 DF name, 8A life cycle (operational). */
    private static byte[] fcp(int tag, ElementaryFile ef, DedicatedFile df, byte[] name) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (ef != null) {
            int size = ef.size();
            byte[] sizeBytes = size > 0xFFFF ? new byte[] {(byte) (size >>> 16), (byte) (size >>> 8), (byte) size}
                    : new byte[] {(byte) (size >>> 8), (byte) size};
            Tlv.write(body, 0x80, sizeBytes);
            Tlv.write(body, 0x82, new byte[] {0x01});
            Tlv.write(body, 0x83, new byte[] {(byte) (ef.fid() >>> 8), (byte) ef.fid()});
        } else {
            Tlv.write(body, 0x82, new byte[] {0x38});
            if (df != null) {
                Tlv.write(body, 0x83, new byte[] {(byte) (df.fid() >>> 8), (byte) df.fid()});
            }
            if (name != null) {
                Tlv.write(body, 0x84, name);
            }
        }
        Tlv.write(body, 0x8A, new byte[] {0x05});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tlv.write(out, tag, body.toByteArray());
        return out.toByteArray();
    }


    // ---- READ BINARY

    private ResponseApdu readBinary(CommandApdu c) {
        int offset;
        ElementaryFile ef;
        if ((c.p1() & 0x80) != 0) {
            if ((c.p1() & 0x60) != 0 || (c.p1() & 0x1F) == 0) {
                return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
            }
            ef = currentDf.efByShortId(c.p1() & 0x1F);
            if (ef == null) {
                return ResponseApdu.of(StatusWord.FILE_NOT_FOUND);
            }
            currentEf = ef;
            offset = c.p2();
        } else {
            ef = currentEf;
            offset = ((c.p1() & 0x7F) << 8) | c.p2();
        }
        if (ef == null) {
            return ResponseApdu.of(StatusWord.COMMAND_NOT_ALLOWED_NO_EF);
        }
        if (c.nc() != 0 || c.ne() == 0) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        return read(ef, offset, c.ne(), 0, isWildcard(c));
    }

    private ResponseApdu readBinaryOdd(CommandApdu c) {
        int p1p2 = (c.p1() << 8) | c.p2();
        ElementaryFile ef;
        if (p1p2 == 0) {
            ef = currentEf;
        } else if ((p1p2 & 0xFFE0) == 0) {
            ef = currentDf.efByShortId(p1p2 & 0x1F);
        } else {
            ef = currentDf.ef(p1p2);
        }
        if (ef == null) {
            return ResponseApdu.of(p1p2 == 0 ? StatusWord.COMMAND_NOT_ALLOWED_NO_EF : StatusWord.FILE_NOT_FOUND);
        }
        byte[] d = c.data();
        // offset data object '54' with 1 to 3 value bytes, nothing else
        if (d.length < 3 || d.length > 5 || (d[0] & 0xFF) != 0x54 || (d[1] & 0xFF) != d.length - 2) {
            return ResponseApdu.of(StatusWord.WRONG_DATA);
        }
        int offset = 0;
        for (int i = 2; i < d.length; i++) {
            offset = (offset << 8) | (d[i] & 0xFF);
        }
        if (c.ne() < 3) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH); // room for DO'53' and at least one byte
        }
        currentEf = ef;
        return read(ef, offset, c.ne(), 0x53, isWildcard(c));
    }

    private static boolean isWildcard(CommandApdu c) {
        return c.isExtended() ? c.ne() == 65536 : c.ne() == 256;
    }

    private ResponseApdu read(ElementaryFile ef, int offset, int ne, int wrapTag, boolean wildcard) {
        if (ef.readPin() >= 0 && !context.isVerified(ef.readPin())) {
            return ResponseApdu.of(StatusWord.SECURITY_STATUS_NOT_SATISFIED);
        }
        int size = ef.size();
        if (offset > size) {
            return ResponseApdu.of(StatusWord.WRONG_P1_P2);
        }
        int available = size - offset;
        int n;
        if (wrapTag == 0) {
            n = Math.min(ne, available);
        } else {
            n = Math.min(available, ne - 2);
            while (n > 0 && n + headerLength(n) > ne) {
                n--;
            }
            n = Math.max(n, 0);
        }
        byte[] content = ef.content();
        byte[] out;
        if (wrapTag == 0) {
            out = Arrays.copyOfRange(content, offset, offset + n);
        } else {
            ByteArrayOutputStream wrapped = new ByteArrayOutputStream(n + 4);
            Tlv.write(wrapped, wrapTag, content, offset, n);
            out = wrapped.toByteArray();
        }
        boolean eof = offset + n >= size && n < (wrapTag == 0 ? ne : ne - headerLength(n));
        return ResponseApdu.of(out, eof && !wildcard ? StatusWord.END_OF_FILE_BEFORE_NE : StatusWord.OK);
    }

    private static int headerLength(int n) {
        return n < 0x80 ? 2 : n < 0x100 ? 3 : 4;
    }

    // ---- PINs

    private ResponseApdu verify(CommandApdu c) {
        PinObject pin = pins.get(c.p2());
        if (c.p1() == 0xFF) {
            if (pin == null || c.nc() != 0) {
                return ResponseApdu.of(pin == null ? StatusWord.REFERENCE_DATA_NOT_FOUND : StatusWord.WRONG_LENGTH);
            }
            pin.verified = false;
            return ResponseApdu.of(StatusWord.OK);
        }
        if (c.p1() != 0x00) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        if (pin == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (c.nc() == 0) {
            if (pin.blocked()) {
                return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
            }
            return ResponseApdu.of(pin.verified ? StatusWord.OK : triesLeft(pin));
        }
        if (pin.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] candidate = c.data();
        try {
            return ResponseApdu.of(pin.check(candidate) ? StatusWord.OK : triesLeft(pin));
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    private ResponseApdu changeReferenceData(CommandApdu c) {
        if (c.p1() != 0x00) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        PinObject pin = pins.get(c.p2());
        if (pin == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (pin.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] d = c.data();
        try {
            if (d.length <= pin.length()) {
                return ResponseApdu.of(StatusWord.WRONG_LENGTH);
            }
            if (!pin.check(Arrays.copyOf(d, pin.length()))) {
                return ResponseApdu.of(triesLeft(pin));
            }
            pin.set(Arrays.copyOfRange(d, pin.length(), d.length));
            return ResponseApdu.of(StatusWord.OK);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    private ResponseApdu resetRetryCounter(CommandApdu c) {
        if (c.p1() != 0x00 && c.p1() != 0x01) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        PinObject pin = pins.get(c.p2());
        PinObject puk = pin == null ? null : pins.get(pin.pukReference);
        if (pin == null || puk == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (puk.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] d = c.data();
        try {
            boolean withNewPin = c.p1() == 0x00;
            if (withNewPin ? d.length <= puk.length() : d.length != puk.length()) {
                return ResponseApdu.of(StatusWord.WRONG_LENGTH);
            }
            if (!puk.check(Arrays.copyOf(d, puk.length()))) {
                return ResponseApdu.of(triesLeft(puk));
            }
            puk.verified = false;
            if (withNewPin) {
                pin.set(Arrays.copyOfRange(d, puk.length(), d.length));
            }
            pin.unblock();
            return ResponseApdu.of(StatusWord.OK);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    private static StatusWord triesLeft(PinObject pin) {
        return StatusWord.of(0x63C0 | pin.tries);
    }

    private void forgetLocalPins() {
        for (PinObject p : pins.values()) {
            if ((p.reference & 0x80) != 0) {
                p.verified = false; // specific (local) references belong to the application being left
            }
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

    private static int fid(byte[] d, int i) {
        return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
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
            PinObject p = pins.get(pinReference);
            return p != null && p.verified;
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

        /** The ATR (default {@link SoftCard#DEFAULT_ATR}). */
        public Builder atr(byte[] atr) {
            if (atr == null || atr.length < 2 || atr.length > 33) {
                throw new IllegalArgumentException("ATR must be 2..33 bytes");
            }
            this.atr = atr.clone();
            return this;
        }

        /** The file system's MF (default: an empty {@code 3F00}). */
        public Builder masterFile(DedicatedFile mf) {
            if (mf == null || mf.fid() != 0x3F00) {
                throw new IllegalArgumentException("the master file must be 3F00");
            }
            this.mf = mf;
            return this;
        }

        /** A PIN with its reference data (encoded with {@code reference}'s format) and retry counter (1..15). */
        public Builder pin(PinReference reference, char[] value, int tries) {
            byte[] encoded = reference.encode(value);
            pins.put(reference.reference(), new PinObject(reference.reference(), encoded, tries));
            return this;
        }

        /** A PUK (a PIN object of its own) that unblocks {@code forPin} with RESET RETRY COUNTER. */
        public Builder puk(PinReference reference, char[] value, int tries, PinReference forPin) {
            PinObject target = pins.get(forPin.reference());
            if (target == null) {
                throw new IllegalArgumentException("add the PIN before its PUK");
            }
            pin(reference, value, tries);
            target.pukReference = reference.reference();
            return this;
        }

        /** An applet selectable by its AID. */
        public Builder applet(Applet applet) {
            byte[] aid = applet.aid();
            if (aid == null || aid.length < 5 || aid.length > 16) {
                throw new IllegalArgumentException("AID must be 5..16 bytes");
            }
            applets.add(applet);
            return this;
        }

        /** Whether extended Lc/Le are accepted (default true; without it they get 6700). */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /**
         * Responses longer than this many bytes are split: the first part with {@code 61xx}, the rest through GET
         * RESPONSE (0 = never, the default). Lets tests exercise T=0-style exchanges.
         */
        public Builder responseChunk(int bytes) {
            if (bytes < 0 || bytes > 65536) {
                throw new IllegalArgumentException("response chunk must be 0..65536");
            }
            this.responseChunk = bytes;
            return this;
        }

        /** The random source (default a {@link SecureRandom}; tests may pass a seeded one). */
        public Builder random(Random random) {
            this.random = random;
            return this;
        }

        public SoftCard build() {
            return new SoftCard(this);
        }
    }
}

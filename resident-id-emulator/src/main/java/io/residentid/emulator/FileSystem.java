package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.tlv.Tlv;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The file system of a {@link SoftCard} and its selection state: SELECT (by file identifier, child DF, EF, parent,
 * DF name or AID, path) with FCP/FCI answers, READ BINARY (even and odd INS) with read protection by PIN, and which
 * applet owns the current DF. Selecting another application forgets the local PINs of the one left. Not thread-safe:
 * the card serialises.
 */
final class FileSystem {

    private final DedicatedFile mf;
    private final List<Applet> applets;
    private final PinStore pins;
    private final CardContext context;
    private DedicatedFile currentDf;
    private ElementaryFile currentEf;
    private Applet selectedApplet;

    FileSystem(DedicatedFile mf, List<Applet> applets, PinStore pins, CardContext context) {
        this.mf = mf;
        this.applets = List.copyOf(applets);
        this.pins = pins;
        this.context = context;
        this.currentDf = mf;
    }

    /** The applet that owns the current selection, or {@code null}. */
    Applet selectedApplet() {
        return selectedApplet;
    }

    /** Back to the MF with no applet selected (power off, reset). */
    void reset() {
        if (selectedApplet != null) {
            selectedApplet.onDeselect();
        }
        selectedApplet = null;
        currentDf = mf;
        currentEf = null;
    }

    ResponseApdu select(CommandApdu c) {
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
                pins.forgetLocalPins();
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
        pins.forgetLocalPins();
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
            pins.forgetLocalPins();
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

    ResponseApdu readBinary(CommandApdu c) {
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

    ResponseApdu readBinaryOdd(CommandApdu c) {
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

    private static int fid(byte[] d, int i) {
        return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
    }
}

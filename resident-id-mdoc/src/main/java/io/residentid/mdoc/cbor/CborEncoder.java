package io.residentid.mdoc.cbor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Deterministic CBOR encoding: items read by {@link CborDecoder} are written as the exact bytes they were read
 * from; items built in code use the shortest head for every argument, definite lengths only, map entries in
 * insertion order, and floats as 64-bit doubles. The same item always gives the same bytes. Stateless.
 */
public final class CborEncoder {

    private CborEncoder() {
    }

    /**
     * {@return the encoding of {@code item}}
     *
     * @param item the CBOR data item
     */
    public static byte[] encode(CborItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        write(item, out);
        return out.toByteArray();
    }

    private static void write(CborItem item, ByteArrayOutputStream out) {
        CborItem.Source source = item.source();
        if (source != null) {
            out.write(source.data(), source.offset(), source.length());
            return;
        }
        if (item instanceof CborInt i) {
            long v = i.value();
            if (v >= 0) {
                head(0, v, out);
            } else {
                head(1, -1 - v, out);
            }
        } else if (item instanceof CborByteString b) {
            byte[] bytes = b.value().toByteArray();
            head(2, bytes.length, out);
            out.write(bytes, 0, bytes.length);
        } else if (item instanceof CborText t) {
            byte[] bytes = t.value().getBytes(StandardCharsets.UTF_8);
            head(3, bytes.length, out);
            out.write(bytes, 0, bytes.length);
        } else if (item instanceof CborArray a) {
            head(4, a.size(), out);
            for (CborItem element : a.items()) {
                write(element, out);
            }
        } else if (item instanceof CborMap m) {
            head(5, m.size(), out);
            for (Map.Entry<CborItem, CborItem> e : m.entries().entrySet()) {
                write(e.getKey(), out);
                write(e.getValue(), out);
            }
        } else if (item instanceof CborTag t) {
            head(6, t.tag(), out);
            write(t.content(), out);
        } else if (item instanceof CborSimple s) {
            if (s.value() < 24) {
                out.write(0xE0 | s.value());
            } else {
                out.write(0xF8);
                out.write(s.value());
            }
        } else if (item instanceof CborFloat f) {
            out.write(0xFB);
            long bits = Double.doubleToLongBits(f.value());
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift));
            }
        }
    }

    private static void head(int major, long value, ByteArrayOutputStream out) {
        int m = major << 5;
        if (value < 24) {
            out.write(m | (int) value);
        } else if (value < 0x100) {
            out.write(m | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(m | 25);
            out.write((int) (value >>> 8));
            out.write((int) value);
        } else if (value < 0x100000000L) {
            out.write(m | 26);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write((int) (value >>> shift));
            }
        } else {
            out.write(m | 27);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (value >>> shift));
            }
        }
    }
}

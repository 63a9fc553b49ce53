package io.residentid.mdoc.cbor;

import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A strict, bounded CBOR decoder (RFC 8949) for ISO/IEC 18013-5 data. It refuses indefinite lengths, duplicate map
 * keys, reserved additional-information values, invalid UTF-8, integers beyond {@code long}, trailing bytes, and
 * the tags it knows applied to the wrong type (24 on anything but a byte string, 0 and 1004 on anything but text).
 * Every item keeps the exact bytes it was read from. Failures are {@link MdocFormatException}s with the byte offset.
 *
 * <p>Why our own codec and not Jackson's CBOR parser: verification hashes the exact received bytes of nested
 * tag-24 items, which a streaming parser does not expose per item; and the strictness above (duplicate keys,
 * indefinite lengths, bounds checked before allocation) is easier to guarantee in 300 lines we own.
 *
 * <p>Stateless and thread-safe.
 */
public final class CborDecoder {

    private final CborLimits limits;

    private CborDecoder(CborLimits limits) {
        this.limits = limits;
    }

    /** {@return a decoder with {@link CborLimits#DEFAULT}} */
    public static CborDecoder strict() {
        return new CborDecoder(CborLimits.DEFAULT);
    }

    /**
     * {@return a decoder with the given limits}
     *
     * @param limits the decoding limits
     */
    public static CborDecoder withLimits(CborLimits limits) {
        return new CborDecoder(java.util.Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Decodes exactly one item from {@code data} (copied first, so later changes to the array do not matter).
     *
     * @param data the input bytes
     * @return the item
     */
    public CborItem decode(byte[] data) {
        java.util.Objects.requireNonNull(data, "data");
        if (data.length > limits.maxInputBytes()) {
            throw new MdocFormatException(MdocCode.CBOR_TOO_LARGE, 0, null, null, 0);
        }
        byte[] copy = data.clone();
        return decodeOwned(copy, 0, copy.length);
    }

    /**
     * Decodes exactly one item.
     *
     * @param data the input bytes
     * @return the item
     */
    public CborItem decode(io.residentid.core.model.Bytes data) {
        if (data.length() > limits.maxInputBytes()) {
            throw new MdocFormatException(MdocCode.CBOR_TOO_LARGE, 0, null, null, 0);
        }
        byte[] copy = data.toByteArray();
        return decodeOwned(copy, 0, copy.length);
    }

    /**
     * Decodes the item embedded in a {@code #6.24(bstr)}. The inner item's bytes are a view of the outer input, so
     * its {@link CborItem#encoded()} is the exact embedded bytes.
     *
     * @param tag24 the tag 24 item
     * @param path where this item sits in the structure, for error messages
     * @return the embedded item
     */
    public CborItem decodeEmbedded(CborItem tag24, String path) {
        CborTag tag = tag24.asTag(CborTag.ENCODED_CBOR, path);
        CborByteString inner = (CborByteString) tag.content();
        CborItem.Source src = inner.source();
        if (src != null) {
            // The content of the byte string starts after its head; its length is the byte string's value length.
            int length = inner.value().length();
            int start = src.offset() + src.length() - length;
            return decodeOwned(src.data(), start, length);
        }
        byte[] copy = inner.value().toByteArray();
        return decodeOwned(copy, 0, copy.length);
    }

    private CborItem decodeOwned(byte[] data, int start, int length) {
        Reader reader = new Reader(data, start, start + length, limits);
        CborItem item = reader.item(0);
        if (reader.pos != reader.end) {
            throw new MdocFormatException(MdocCode.CBOR_TRAILING_BYTES, reader.pos - start, null, null,
                    reader.end - reader.pos);
        }
        return item;
    }

    private static final class Reader {
        final byte[] data;
        final int begin;
        final int end;
        final CborLimits limits;
        int pos;
        int items;

        Reader(byte[] data, int begin, int end, CborLimits limits) {
            this.data = data;
            this.begin = begin;
            this.end = end;
            this.limits = limits;
            this.pos = begin;
        }

        MdocFormatException error(MdocCode code, int at, Object... args) {
            return new MdocFormatException(code, at - begin, null, null, args.length == 0 ? new Object[] {at - begin}
                    : args);
        }

        int u8(int itemStart) {
            if (pos >= end) {
                throw error(MdocCode.CBOR_TRUNCATED, itemStart);
            }
            return data[pos++] & 0xFF;
        }

        /** Reads the argument of a head; -1 marks indefinite length (additional information 31). */
        long argument(int info, int itemStart) {
            if (info < 24) {
                return info;
            }
            int n;
            switch (info) {
                case 24: n = 1; break;
                case 25: n = 2; break;
                case 26: n = 4; break;
                case 27: n = 8; break;
                case 31: return -1;
                default: throw error(MdocCode.CBOR_MALFORMED, itemStart);
            }
            if (end - pos < n) {
                throw error(MdocCode.CBOR_TRUNCATED, itemStart);
            }
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (data[pos++] & 0xFF);
            }
            return v; // for n = 8 this may be negative: an unsigned value beyond Long.MAX_VALUE
        }

        int length(long arg, int itemStart) {
            if (arg < 0 || arg > end - pos) {
                // Declared longer than what remains: refuse before allocating.
                throw error(MdocCode.CBOR_TRUNCATED, itemStart);
            }
            return (int) arg;
        }

        int count(long arg, int itemStart) {
            if (arg < 0 || arg > limits.maxContainerSize() || arg > end - pos) {
                // Each entry needs at least one byte, so a count beyond the remaining bytes cannot be honest.
                throw error(arg > limits.maxContainerSize() ? MdocCode.CBOR_TOO_LARGE : MdocCode.CBOR_TRUNCATED,
                        itemStart);
            }
            return (int) arg;
        }

        CborItem item(int depth) {
            if (depth > limits.maxDepth()) {
                throw error(MdocCode.CBOR_TOO_DEEP, pos);
            }
            if (++items > limits.maxItems()) {
                throw error(MdocCode.CBOR_TOO_LARGE, pos);
            }
            int start = pos;
            int initial = u8(start);
            int major = initial >>> 5;
            int info = initial & 0x1F;
            long arg = major == 7 && info >= 25 && info <= 27 ? 0 : argument(info, start);
            if (arg == -1 && info == 31) {
                throw error(MdocCode.CBOR_INDEFINITE_LENGTH, start);
            }
            CborItem result;
            switch (major) {
                case 0:
                    if (arg < 0) {
                        throw error(MdocCode.CBOR_TOO_LARGE, start);
                    }
                    result = new CborInt(arg);
                    break;
                case 1:
                    if (arg < 0) {
                        throw error(MdocCode.CBOR_TOO_LARGE, start);
                    }
                    result = new CborInt(-1 - arg);
                    break;
                case 2: {
                    int len = length(arg, start);
                    result = new CborByteString(io.residentid.core.model.Bytes.of(data, pos, len));
                    pos += len;
                    break;
                }
                case 3: {
                    int len = length(arg, start);
                    result = new CborText(utf8(pos, len, start));
                    pos += len;
                    break;
                }
                case 4: {
                    int n = count(arg, start);
                    List<CborItem> list = new ArrayList<>(Math.min(n, 64));
                    for (int i = 0; i < n; i++) {
                        list.add(item(depth + 1));
                    }
                    result = new CborArray(list);
                    break;
                }
                case 5: {
                    int n = count(arg, start);
                    LinkedHashMap<CborItem, CborItem> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        int keyAt = pos;
                        CborItem key = item(depth + 1);
                        CborItem value = item(depth + 1);
                        if (map.putIfAbsent(key, value) != null) {
                            throw error(MdocCode.CBOR_DUPLICATE_KEY, keyAt);
                        }
                    }
                    result = new CborMap(map);
                    break;
                }
                case 6: {
                    if (arg < 0) {
                        throw error(MdocCode.CBOR_TOO_LARGE, start);
                    }
                    CborItem content = item(depth + 1);
                    checkTag(arg, content, start);
                    result = new CborTag(arg, content);
                    break;
                }
                default:
                    result = simpleOrFloat(info, arg, start);
                    break;
            }
            result.setSource(data, start, pos - start);
            return result;
        }

        void checkTag(long tag, CborItem content, int at) {
            boolean ok;
            if (tag == CborTag.ENCODED_CBOR) {
                ok = content instanceof CborByteString;
            } else if (tag == CborTag.DATE_TIME || tag == CborTag.FULL_DATE) {
                ok = content instanceof CborText;
            } else if (tag == 1) {
                ok = content instanceof CborInt || content instanceof CborFloat;
            } else {
                ok = true;
            }
            if (!ok) {
                throw error(MdocCode.CBOR_WRONG_TAG, at, tag, content.typeName());
            }
        }

        CborItem simpleOrFloat(int info, long arg, int start) {
            if (info < 24) {
                return CborSimple.of(info);
            }
            if (info == 24) {
                if (arg < 32) {
                    throw error(MdocCode.CBOR_MALFORMED, start); // simple values below 32 use the one-byte form
                }
                return CborSimple.of((int) arg);
            }
            int n = info == 25 ? 2 : info == 26 ? 4 : 8;
            if (end - pos < n) {
                throw error(MdocCode.CBOR_TRUNCATED, start);
            }
            long bits = 0;
            for (int i = 0; i < n; i++) {
                bits = (bits << 8) | (data[pos++] & 0xFF);
            }
            double value;
            if (n == 2) {
                value = halfToDouble((int) bits);
            } else if (n == 4) {
                value = Float.intBitsToFloat((int) bits);
            } else {
                value = Double.longBitsToDouble(bits);
            }
            return new CborFloat(value);
        }

        static double halfToDouble(int half) {
            int exp = (half >> 10) & 0x1F;
            int mant = half & 0x3FF;
            double val;
            if (exp == 0) {
                val = Math.scalb((double) mant, -24);
            } else if (exp != 31) {
                val = Math.scalb((double) (mant + 1024), exp - 25);
            } else {
                val = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            }
            return (half & 0x8000) != 0 ? -val : val;
        }

        String utf8(int offset, int len, int itemStart) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data, offset, len)).toString();
            } catch (CharacterCodingException e) {
                throw error(MdocCode.CBOR_MALFORMED, itemStart);
            }
        }
    }
}

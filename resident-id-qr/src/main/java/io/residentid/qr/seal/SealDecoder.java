package io.residentid.qr.seal;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes VDS (binary), IDB (base32 text) and VDS-NC (JSON) seals into {@link Seal}s, feature by feature through a
 * {@link SealCatalogue}. Decoding is bounded: {@link #MAX_SEAL_BYTES} per seal, {@link #MAX_FEATURES} features,
 * {@link #MAX_INFLATED_BYTES} after IDB decompression, one level of nested messages. Anything malformed is a
 * {@link SealException} with the offset of the fault. Immutable and thread-safe.
 *
 * <pre>{@code
 * Seal seal = SealDecoder.standard().decodeText(scannedText);
 * seal.feature("MRZ").ifPresent(mrz -> ...);
 * }</pre>
 */
public final class SealDecoder {

    /** Largest seal accepted (bytes of a VDS, characters of an IDB or VDS-NC text). */
    public static final int MAX_SEAL_BYTES = 64 * 1024;
    /** Most features (messages) in one seal. */
    public static final int MAX_FEATURES = 512;
    /** Most bytes a compressed IDB payload may inflate to. */
    public static final int MAX_INFLATED_BYTES = 64 * 1024;

    /** Signers (TR-03171) whose certificate-reference length is written in decimal rather than hex. */
    private static final Set<String> DECIMAL_LENGTH_SIGNERS = Set.of("DEZV");
    private static final int VDS_MAGIC = 0xDC;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static final SealDecoder STANDARD = new SealDecoder(SealCatalogue.standard(), true);

    private final SealCatalogue catalogue;
    /** False: frame only (header, TLV boundaries, signature, certificate); feature values stay raw bytes. */
    private final boolean interpret;

    private SealDecoder(SealCatalogue catalogue, boolean interpret) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.interpret = interpret;
    }

    /**
     * A decoder that only frames seals: what is needed to find the signer and the signed bytes (header, message
     * boundaries, signature, embedded certificate). Feature values stay raw ({@code TAG_n} bytes), so nothing else
     * is interpreted before the signature verifies.
     */
    SealDecoder framingOnly() {
        return new SealDecoder(catalogue, false);
    }

    /** {@return a decoder over the standard catalogue} */
    public static SealDecoder standard() {
        return STANDARD;
    }

    /**
     * {@return a decoder over {@code catalogue}}
     *
     * @param catalogue the catalogue that describes the seal types
     */
    public static SealDecoder of(SealCatalogue catalogue) {
        return new SealDecoder(catalogue, true);
    }

    /** {@return the catalogue this decoder reads features with} */
    public SealCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Decodes a seal as a barcode reader returns it: IDB text ({@code RDB1...}), VDS-NC JSON ({@code {...}}) or a
     * binary VDS whose bytes are the characters (ISO-8859-1, as DataMatrix Base256 is returned).
     *
     * @param text the seal barcode text
     * @return the decoded seal
     * @throws SealException when the seal is malformed
     */
    public Seal decodeText(String text) {
        if (text == null || text.isEmpty()) {
            throw new SealException(SealCode.EMPTY, 0);
        }
        if (text.length() > MAX_SEAL_BYTES) {
            throw new SealException(SealCode.TOO_LARGE, MAX_SEAL_BYTES, MAX_SEAL_BYTES);
        }
        char first = text.charAt(0);
        if (first == (char) VDS_MAGIC) {
            return decodeVds(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return VdsNc.decode(trimmed, interpret);
        }
        if (trimmed.length() >= 3 && Character.isLetter(trimmed.charAt(0)) && trimmed.charAt(1) == 'D'
                && trimmed.charAt(2) == 'B') {
            return decodeIdb(trimmed);
        }
        throw new SealException(SealCode.UNKNOWN_FORMAT, 0);
    }

    /**
     * Decodes seal bytes: a binary VDS, or the UTF-8 text of an IDB or VDS-NC.
     *
     * @param data the seal bytes
     * @return the decoded seal
     * @throws SealException when the seal is malformed
     */
    public Seal decode(byte[] data) {
        if (data == null || data.length == 0) {
            throw new SealException(SealCode.EMPTY, 0);
        }
        if (data.length > MAX_SEAL_BYTES) {
            throw new SealException(SealCode.TOO_LARGE, MAX_SEAL_BYTES, MAX_SEAL_BYTES);
        }
        if ((data[0] & 0xFF) == VDS_MAGIC) {
            return decodeVds(data);
        }
        if (data[0] == '{' || data[0] == 'R' || data[0] == ' ') {
            return decodeText(new String(data, StandardCharsets.UTF_8));
        }
        throw new SealException(SealCode.BAD_MAGIC, 0);
    }

    /**
     * Decodes a binary VDS given as hex.
     *
     * @param hex the seal bytes as hexadecimal text
     * @return the decoded seal
     * @throws SealException when the hex or the seal is malformed
     */
    public Seal decodeHex(String hex) {
        String clean = hex == null ? "" : hex.replaceAll("\\s", "");
        if (clean.length() > 2 * MAX_SEAL_BYTES) {
            throw new SealException(SealCode.TOO_LARGE, MAX_SEAL_BYTES, MAX_SEAL_BYTES);
        }
        if (clean.isEmpty()) {
            throw new SealException(SealCode.EMPTY, 0);
        }
        try {
            return decode(HexFormat.of().parseHex(clean));
        } catch (IllegalArgumentException e) {
            throw new SealException(SealCode.UNKNOWN_FORMAT, 0);
        }
    }

    // ---------------------------------------------------------------- VDS

    private Seal decodeVds(byte[] data) {
        List<Finding> notes = new ArrayList<>();
        Reader r = new Reader(data, notes, true);
        if (r.u8() != VDS_MAGIC) {
            throw new SealException(SealCode.BAD_MAGIC, 0);
        }
        int version = r.u8();
        if (version > 0x03) {
            throw new SealException(SealCode.UNKNOWN_FORMAT, 1);
        }
        if (version < 0x02) {
            notes.add(SealCode.NONSTANDARD_VERSION.finding(version));
        }
        String country = r.c40(2);
        String signer;
        String reference;
        if (version == 0x02) {
            String s = r.c40(6);
            signer = s.substring(0, Math.min(4, s.length()));
            reference = s.length() > 4 ? s.substring(4) : "";
        } else {
            int start = r.pos;
            String s = r.c40(4);
            signer = s.substring(0, Math.min(4, s.length()));
            int length = referenceLength(signer, s.length() >= 6 ? s.substring(4, 6) : "");
            int bytes = length < 0 ? -1 : C40.encodedLength(length);
            // 8 = two dates, feature reference and category: the fixed part after the reference.
            if (bytes < 0 || start + 4 + bytes + 8 > data.length) {
                // A version-0x03 header laid out as version 0x02 (as in the ICAO 9303-13 example visa).
                r.pos = start;
                String old = r.c40(6);
                signer = old.substring(0, Math.min(4, old.length()));
                reference = old.length() > 4 ? old.substring(4) : "";
                notes.add(SealCode.HEADER_LAYOUT_FALLBACK.finding());
            } else {
                reference = bytes == 0 ? "" : r.c40(bytes);
            }
        }
        LocalDate issue = r.date3();
        LocalDate signed = r.date3();
        int featureRef = r.u8();
        int category = r.u8();

        List<Tlv> tlvs = new ArrayList<>();
        int signatureStart = data.length;
        Bytes signature = Bytes.empty();
        while (r.remaining() > 0) {
            int tagOffset = r.pos;
            int tag = r.u8();
            int length = r.length();
            int valueOffset = r.pos;
            r.skip(length);
            if (tag == 0xFF) {
                signatureStart = tagOffset;
                signature = Bytes.of(data, valueOffset, length);
                if (r.remaining() > 0) {
                    throw new SealException(SealCode.TRAILING_DATA, r.pos);
                }
                break;
            }
            if (tlvs.size() >= MAX_FEATURES) {
                throw new SealException(SealCode.TOO_MANY, tagOffset, MAX_FEATURES);
            }
            tlvs.add(new Tlv(tag, valueOffset, length));
        }

        Optional<SealCatalogue.DocumentType> type = catalogue.vdsType(featureRef, category);
        String documentType = type.map(SealCatalogue.DocumentType::name).orElse("UNKNOWN");
        Optional<String> base = Optional.empty();
        List<SealFeature> features;
        if (!interpret) {
            features = rawFeatures(data, tlvs);
        } else if (type.isEmpty()) {
            notes.add(SealCode.UNKNOWN_DOCUMENT_TYPE.finding(String.format(Locale.ROOT, "%02x%02x", featureRef,
                    category)));
            features = rawFeatures(data, tlvs);
        } else if (type.get().keyValuePairs()) {
            features = pairs(data, tlvs);
        } else {
            SealCatalogue.DocumentType t = type.get();
            List<SealCatalogue.Feature> profileFeatures = List.of();
            if (t.profiles()) {
                for (Tlv tlv : tlvs) {
                    if (tlv.tag == 0 && tlv.length == 16) {
                        Optional<SealCatalogue.Profile> p = catalogue.profile(
                                HexFormat.of().formatHex(data, tlv.offset, tlv.offset + 16));
                        if (p.isPresent()) {
                            documentType = p.get().name();
                            base = Optional.of(t.name());
                            profileFeatures = p.get().features();
                        }
                    }
                }
            }
            features = new ArrayList<>();
            for (Tlv tlv : tlvs) {
                SealCatalogue.Feature def = t.feature(tlv.tag).orElse(null);
                if (def == null) {
                    for (SealCatalogue.Feature pf : profileFeatures) {
                        if (pf.tag() == tlv.tag) {
                            def = pf;
                        }
                    }
                }
                features.add(def == null ? raw(data, tlv) : feature(def, data, tlv, true));
            }
        }
        return new Seal(SealFormat.VDS, documentType, base, version, trimCountry(country), signer, reference,
                Optional.of(issue), Optional.of(signed), featureRef, category, features,
                Bytes.of(data, 0, signatureStart), signature, Optional.empty(), Optional.empty(), notes,
                Bytes.of(data));
    }

    private static int referenceLength(String signer, String field) {
        if (field.length() != 2) {
            return -1;
        }
        try {
            return DECIMAL_LENGTH_SIGNERS.contains(signer) ? Integer.parseInt(field, 10)
                    : Integer.parseInt(field, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<SealFeature> rawFeatures(byte[] data, List<Tlv> tlvs) {
        List<SealFeature> out = new ArrayList<>();
        for (Tlv tlv : tlvs) {
            out.add(raw(data, tlv));
        }
        return out;
    }

    private static SealFeature raw(byte[] data, Tlv tlv) {
        Bytes b = Bytes.personal(java.util.Arrays.copyOfRange(data, tlv.offset, tlv.offset + tlv.length));
        return new SealFeature("TAG_" + tlv.tag, tlv.tag, FeatureCoding.BYTES, b, b, false);
    }

    private static List<SealFeature> pairs(byte[] data, List<Tlv> tlvs) {
        List<SealFeature> out = new ArrayList<>();
        for (int i = 0; i < tlvs.size(); i++) {
            Tlv key = tlvs.get(i);
            Tlv value = i + 1 < tlvs.size() ? tlvs.get(i + 1) : null;
            if (key.tag % 2 == 1 && value != null && value.tag == key.tag + 1) {
                String name = utf8(data, key.offset, key.length);
                Bytes raw = Bytes.personal(java.util.Arrays.copyOfRange(data, value.offset,
                        value.offset + value.length));
                out.add(new SealFeature(name, value.tag, FeatureCoding.UTF8, raw,
                        utf8(data, value.offset, value.length), false));
                i++;
            } else {
                out.add(raw(data, key));
            }
        }
        return out;
    }

    private SealFeature feature(SealCatalogue.Feature def, byte[] data, Tlv tlv, boolean nestingAllowed) {
        Bytes raw = Bytes.personal(java.util.Arrays.copyOfRange(data, tlv.offset, tlv.offset + tlv.length));
        Object value = value(def, data, tlv.offset, tlv.length, nestingAllowed);
        return new SealFeature(def.name(), tlv.tag, def.coding(), raw, value, def.metadata());
    }

    private Object value(SealCatalogue.Feature def, byte[] data, int offset, int length, boolean nestingAllowed) {
        switch (def.coding()) {
            case C40:
                return C40.decode(data, offset, length);
            case MRZ: {
                String mrz = C40.decode(data, offset, length).replace(' ', '<');
                if (def.mrzChars() > 0 && mrz.length() > def.mrzChars()) {
                    mrz = mrz.substring(0, def.mrzChars());
                }
                int line = def.lineLength();
                if (line <= 0 || mrz.length() <= line) {
                    return mrz;
                }
                StringBuilder out = new StringBuilder(mrz.length() + 3);
                for (int i = 0; i < mrz.length(); i += line) {
                    if (i > 0) {
                        out.append('\n');
                    }
                    out.append(mrz, i, Math.min(mrz.length(), i + line));
                }
                return out.toString();
            }
            case UTF8:
                return utf8(data, offset, length);
            case INT: {
                if (length < 1 || length > 4) {
                    throw new SealException(SealCode.BAD_FEATURE, offset, def.name());
                }
                long v = 0;
                for (int i = 0; i < length; i++) {
                    v = v << 8 | (data[offset + i] & 0xFF);
                }
                return v;
            }
            case DATE:
                if (length != 3) {
                    throw new SealException(SealCode.BAD_FEATURE, offset, def.name());
                }
                return date(data, offset);
            case MASKED_DATE:
                if (length != 4) {
                    throw new SealException(SealCode.BAD_FEATURE, offset, def.name());
                }
                return maskedDate(data, offset);
            case TIMESTAMP: {
                if (length != 4) {
                    throw new SealException(SealCode.BAD_FEATURE, offset, def.name());
                }
                long v = ((long) (data[offset] & 0xFF) << 24) | ((data[offset + 1] & 0xFF) << 16)
                        | ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
                return Instant.ofEpochSecond(v);
            }
            case DURATION:
                if (length != 3) {
                    // The IDB visa writes the duration in another shape; keep its bytes.
                    return Bytes.personal(java.util.Arrays.copyOfRange(data, offset, offset + length));
                }
                return Period.of(data[offset + 2] & 0xFF, data[offset + 1] & 0xFF, data[offset] & 0xFF);
            case MESSAGES: {
                Optional<SealCatalogue.DocumentType> group = catalogue.vdsType(def.group());
                if (!nestingAllowed || group.isEmpty()) {
                    return Bytes.personal(java.util.Arrays.copyOfRange(data, offset, offset + length));
                }
                Reader r = new Reader(data, new ArrayList<>(), false);
                r.pos = offset;
                r.end = offset + length;
                List<SealFeature> children = new ArrayList<>();
                while (r.remaining() > 0) {
                    if (children.size() >= MAX_FEATURES) {
                        throw new SealException(SealCode.TOO_MANY, r.pos, MAX_FEATURES);
                    }
                    int tag = r.u8();
                    int len = r.length();
                    Tlv tlv = new Tlv(tag, r.pos, len);
                    r.skip(len);
                    SealCatalogue.Feature child = group.get().feature(tag).orElse(null);
                    children.add(child == null ? raw(data, tlv) : feature(child, data, tlv, false));
                }
                return children;
            }
            case BYTES:
            default:
                return Bytes.personal(java.util.Arrays.copyOfRange(data, offset, offset + length));
        }
    }

    static String utf8(byte[] data, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new SealException(SealCode.BAD_FEATURE, offset, "UTF-8");
        }
    }

    static LocalDate date(byte[] data, int offset) {
        int v = (data[offset] & 0xFF) << 16 | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF);
        int month = v / 1_000_000;
        int day = v / 10_000 % 100;
        int year = v % 10_000;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new SealException(SealCode.BAD_DATE, offset);
        }
    }

    /** A masked IDB date: a LocalDate when every digit is known, else {@code YYYY-MM-DD} text with x for unknown. */
    static Object maskedDate(byte[] data, int offset) {
        int mask = data[offset] & 0xFF;
        int v = (data[offset + 1] & 0xFF) << 16 | (data[offset + 2] & 0xFF) << 8 | (data[offset + 3] & 0xFF);
        if (v > 99_999_999) {
            throw new SealException(SealCode.BAD_DATE, offset);
        }
        if (mask == 0) {
            return date(data, offset + 1);
        }
        char[] digits = String.format(Locale.ROOT, "%08d", v).toCharArray(); // MMDDYYYY
        for (int i = 0; i < 8; i++) {
            if ((mask & (0x80 >> i)) != 0) {
                digits[i] = 'x';
            }
        }
        String s = new String(digits);
        return s.substring(4) + "-" + s.substring(0, 2) + "-" + s.substring(2, 4);
    }

    private static String trimCountry(String country) {
        return country.replaceAll("[ <]+$", "");
    }

    // ---------------------------------------------------------------- IDB

    private Seal decodeIdb(String text) {
        if (!text.startsWith("RDB")) {
            throw new SealException(SealCode.BAD_IDB_PREFIX, 0);
        }
        if (text.length() < 5 || text.charAt(3) != '1') {
            throw new SealException(SealCode.BAD_IDB_PREFIX, 3);
        }
        char flag = text.charAt(4);
        if (flag < 'A' || flag > 'D') {
            throw new SealException(SealCode.BAD_IDB_PREFIX, 4);
        }
        boolean signedFlag = flag == 'B' || flag == 'D';
        boolean compressed = flag == 'C' || flag == 'D';
        byte[] payload = base32(text, 5);
        if (compressed) {
            payload = inflate(payload);
        }
        List<Finding> notes = new ArrayList<>();
        Reader r = new Reader(payload, notes, false);
        String country = r.c40(2);
        int algorithm = -1;
        String reference = "";
        Optional<LocalDate> signatureDate = Optional.empty();
        if (signedFlag) {
            algorithm = r.u8();
            int refOffset = r.pos;
            r.skip(5);
            reference = HexFormat.of().formatHex(payload, refOffset, refOffset + 5);
            int dateOffset = r.pos;
            r.skip(4);
            Object d = maskedDate(payload, dateOffset);
            signatureDate = d instanceof LocalDate ld ? Optional.of(ld) : Optional.empty();
        }
        int groupOffset = r.pos;
        if (r.u8() != 0x61) {
            throw new SealException(SealCode.BAD_FEATURE, groupOffset, "0x61");
        }
        int groupLength = r.length();
        int groupStart = r.pos;
        r.skip(groupLength);
        int signedEnd = r.pos;
        Optional<Bytes> certificate = Optional.empty();
        Bytes signature = Bytes.empty();
        if (r.remaining() > 0 && r.peek() == 0x7E) {
            r.u8();
            int len = r.length();
            certificate = Optional.of(Bytes.of(payload, r.pos, len));
            r.skip(len);
        }
        if (r.remaining() > 0 && r.peek() == 0x7F) {
            r.u8();
            int len = r.length();
            signature = Bytes.of(payload, r.pos, len);
            r.skip(len);
        }
        if (r.remaining() > 0) {
            throw new SealException(SealCode.TRAILING_DATA, r.pos);
        }
        if (signedFlag && signature.isEmpty()) {
            throw new SealException(SealCode.TRUNCATED, payload.length);
        }

        Reader g = new Reader(payload, notes, false);
        g.pos = groupStart;
        g.end = groupStart + groupLength;
        List<SealFeature> features = new ArrayList<>();
        String documentType = null;
        String firstMessage = null;
        while (g.remaining() > 0) {
            if (features.size() >= MAX_FEATURES) {
                throw new SealException(SealCode.TOO_MANY, g.pos, MAX_FEATURES);
            }
            int tag = g.u8();
            int len = g.length();
            Tlv tlv = new Tlv(tag, g.pos, len);
            g.skip(len);
            Optional<SealCatalogue.Feature> def = interpret ? catalogue.idbMessage(tag) : Optional.empty();
            SealFeature f = def.isPresent() ? feature(def.get(), payload, tlv, true) : raw(payload, tlv);
            features.add(f);
            if (firstMessage == null) {
                firstMessage = f.name();
            }
            if (f.name().equals("NATIONAL_DOCUMENT_IDENTIFIER") && f.value() instanceof Long id) {
                documentType = catalogue.idbDocumentType(id.intValue()).orElse("NATIONAL_" + id);
            }
        }
        if (documentType == null) {
            documentType = firstMessage == null ? "UNKNOWN" : firstMessage;
        }
        Optional<String> digest = switch (algorithm) {
            case 1 -> Optional.of("SHA-256");
            case 2 -> Optional.of("SHA-384");
            case 3 -> Optional.of("SHA-512");
            default -> Optional.empty();
        };
        return new Seal(SealFormat.IDB, documentType, Optional.empty(), 1, trimCountry(country), "", reference,
                Optional.empty(), signatureDate, flag, -1, features, Bytes.of(payload, 0, signedEnd), signature,
                digest, certificate, notes, Bytes.of(payload));
    }

    private static byte[] base32(String text, int start) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8 + 1);
        int buffer = 0;
        int bits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                // Padding may only close the text.
                for (int j = i; j < text.length(); j++) {
                    if (text.charAt(j) != '=') {
                        throw new SealException(SealCode.BAD_BASE32, j);
                    }
                }
                break;
            }
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new SealException(SealCode.BAD_BASE32, i);
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> (bits - 8) & 0xFF);
                bits -= 8;
            }
        }
        if (out.size() == 0) {
            throw new SealException(SealCode.TRUNCATED, start);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SealException(SealCode.BAD_COMPRESSION, inflater.getTotalIn());
                }
                if (out.size() + n > MAX_INFLATED_BYTES) {
                    throw new SealException(SealCode.BAD_COMPRESSION, inflater.getTotalIn());
                }
                out.write(buf, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new SealException(SealCode.TRAILING_DATA, inflater.getTotalIn());
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SealException(SealCode.BAD_COMPRESSION, inflater.getTotalIn());
        } finally {
            inflater.end();
        }
    }

    // ---------------------------------------------------------------- reading

    private record Tlv(int tag, int offset, int length) {
    }

    /** A bounded cursor; every read checks the end first. */
    private static final class Reader {
        private final byte[] data;
        private final List<Finding> notes;
        private final boolean legacyLengths;
        int pos;
        int end;

        Reader(byte[] data, List<Finding> notes, boolean legacyLengths) {
            this.data = data;
            this.notes = notes;
            this.legacyLengths = legacyLengths;
            this.end = data.length;
        }

        int remaining() {
            return end - pos;
        }

        int peek() {
            return data[pos] & 0xFF;
        }

        int u8() {
            if (pos >= end) {
                throw new SealException(SealCode.TRUNCATED, pos);
            }
            return data[pos++] & 0xFF;
        }

        void skip(int n) {
            if (n < 0 || n > end - pos) {
                throw new SealException(SealCode.BAD_LENGTH, pos);
            }
            pos += n;
        }

        String c40(int bytes) {
            if (bytes > end - pos) {
                throw new SealException(SealCode.TRUNCATED, pos);
            }
            String s = C40.decode(data, pos, bytes);
            pos += bytes;
            return s;
        }

        LocalDate date3() {
            if (3 > end - pos) {
                throw new SealException(SealCode.TRUNCATED, pos);
            }
            LocalDate d = date(data, pos);
            pos += 3;
            return d;
        }

        /** A DER definite length (one to three length bytes); 0x80 is read as 128 for VDS with a warning. */
        int length() {
            int at = pos;
            int first = u8();
            if (first < 0x80) {
                return checked(first, at);
            }
            if (first == 0x80) {
                if (!legacyLengths) {
                    throw new SealException(SealCode.BAD_LENGTH, at);
                }
                notes.add(SealCode.NON_DER_LENGTH.finding(at));
                return checked(0x80, at);
            }
            int count = first & 0x7F;
            if (count > 3) {
                throw new SealException(SealCode.BAD_LENGTH, at);
            }
            int v = 0;
            for (int i = 0; i < count; i++) {
                v = v << 8 | u8();
            }
            return checked(v, at);
        }

        private int checked(int length, int at) {
            if (length > end - pos) {
                throw new SealException(SealCode.BAD_LENGTH, at);
            }
            return length;
        }
    }
}

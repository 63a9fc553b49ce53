package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * DG2, encoded face (ICAO 9303-10 §4.7.2): a CBEFF biometric information group template
 * {@code 75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E|7F2E biometric data } … } }}. The biometric data block of
 * ISO/IEC 19794-5:2005 is parsed for its metadata; ISO/IEC 39794-5 blocks are searched for the image only.
 *
 * @param faces the facial images (at least one)
 */
public record Dg2(List<FaceImage> faces) {

    /** Upper bound on DG2's size. */
    public static final int MAX_LENGTH = 1 << 20;
    /** Upper bound on the number of images. */
    public static final int MAX_FACES = 8;

    /**
     * Creates the record, checking its components.
     *
     * @param faces the facial images (at least one)
     */
    public Dg2 {
        faces = List.copyOf(faces);
    }

    /**
     * Parses Dg2 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed or beyond the bounds
     * @param encoded DG2 as read from the chip (template 75)
     * @return the face images it holds
     */
    public static Dg2 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg2 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG2");
        TlvSlice root = Lds.root(encoded, LdsFile.DG2);
        TlvSlice group = root.child(0x7F61).orElse(null);
        if (group == null) {
            throw new LdsFormatException("DG2 without biometric information group template (7F61)");
        }
        List<FaceImage> faces = new ArrayList<>();
        for (TlvSlice n : group.children(MAX_FACES + 1)) {
            if (n.tag() != 0x7F60) {
                continue;
            }
            if (faces.size() == MAX_FACES) {
                throw new LdsFormatException("DG2 with more than " + MAX_FACES + " images");
            }
            TlvSlice data = n.child(0x5F2E).orElse(null);
            if (data != null) {
                faces.addAll(parseIso19794(encoded, data.valueOffset(), data.valueLength()));
                continue;
            }
            data = n.child(0x7F2E).orElse(null);
            if (data == null) {
                throw new LdsFormatException("DG2 biometric template without biometric data (5F2E/7F2E)");
            }
            faces.add(sniffImage(encoded, data.valueOffset(), data.valueLength()));
        }
        if (faces.isEmpty()) {
            throw new LdsFormatException("DG2 without facial image");
        }
        return new Dg2(faces);
    }

    /** ISO/IEC 19794-5:2005 facial record data. */
    private static List<FaceImage> parseIso19794(byte[] b, int offset, int length) {
        Reader r = new Reader(b, offset, length);
        if (r.u8() != 'F' || r.u8() != 'A' || r.u8() != 'C' || r.u8() != 0) {
            throw new LdsFormatException("DG2 facial record does not start with FAC");
        }
        r.skip(4); // version "010\0"
        long recordLength = r.u32();
        if (recordLength > length) {
            throw new LdsFormatException("DG2 facial record longer than its data object");
        }
        int count = r.u16();
        if (count == 0 || count > MAX_FACES) {
            throw new LdsFormatException("DG2 facial record with " + count + " images");
        }
        List<FaceImage> faces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int blockStart = r.pos;
            long blockLength = r.u32();
            int points = r.u16();
            int gender = r.u8();
            int eyes = r.u8();
            int hair = r.u8();
            r.skip(3); // property mask
            int expression = r.u16();
            r.skip(6); // pose angle and its uncertainty
            r.skip(8L * points);
            int imageType = r.u8();
            int dataType = r.u8();
            int width = r.u16();
            int height = r.u16();
            int colourSpace = r.u8();
            int sourceType = r.u8();
            r.skip(4); // device type, quality
            long imageLength = blockLength - (r.pos - blockStart);
            if (blockLength < r.pos - blockStart || imageLength > r.remaining()) {
                throw new LdsFormatException("DG2 facial record block length is inconsistent");
            }
            int imageOffset = r.pos;
            r.skip(imageLength);
            FaceImage.ImageFormat sniffed = FaceImage.ImageFormat.sniff(b, imageOffset, (int) imageLength);
            FaceImage.ImageFormat declared = dataType == 0 ? FaceImage.ImageFormat.JPEG
                    : dataType == 1 ? FaceImage.ImageFormat.JPEG2000 : FaceImage.ImageFormat.UNKNOWN;
            FaceImage.ImageFormat format = sniffed != FaceImage.ImageFormat.UNKNOWN ? sniffed : declared;
            Bytes image = Bytes.personal(
                    java.util.Arrays.copyOfRange(b, imageOffset, imageOffset + (int) imageLength));
            faces.add(new FaceImage(format, image, width, height, gender, eyes, hair, expression, imageType,
                    colourSpace, sourceType, "ISO_19794_5"));
        }
        return faces;
    }

    /** ISO/IEC 39794-5 (or unknown) block: find the image by its magic bytes. */
    private static FaceImage sniffImage(byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length - 3; i++) {
            FaceImage.ImageFormat f = FaceImage.ImageFormat.sniff(b, i, offset + length - i);
            if (f != FaceImage.ImageFormat.UNKNOWN) {
                Bytes image = Bytes.personal(
                        java.util.Arrays.copyOfRange(b, i, offset + length));
                return new FaceImage(f, image, 0, 0, 0, 0, 0, 0, 0, 0, 0, "ISO_39794_5");
            }
        }
        throw new LdsFormatException("DG2 biometric data without a recognisable image");
    }

    /**
     * Encodes DG2 with one ISO/IEC 19794-5 facial record (used by the emulator).
     *
     * @param image  JPEG or JPEG 2000 bytes
     * @param width  pixels
     * @param height pixels
     * @param gender ISO 19794-5 gender code (0 unspecified, 1 male, 2 female)
     * @return DG2's bytes holding one ISO/IEC 19794-5 face record
     */
    public static byte[] encode(byte[] image, int width, int height, int gender) {
        FaceImage.ImageFormat format = FaceImage.ImageFormat.sniff(image, 0, image.length);
        ByteArrayOutputStream record = new ByteArrayOutputStream(image.length + 64);
        int blockLength = 20 + 12 + image.length;
        record.writeBytes(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0});
        writeInt(record, 14 + blockLength, 4);
        writeInt(record, 1, 2);
        writeInt(record, blockLength, 4);
        writeInt(record, 0, 2); // feature points
        record.write(gender);
        record.write(0); // eye colour unspecified
        record.write(0); // hair colour unspecified
        writeInt(record, 0, 3); // property mask
        writeInt(record, 0, 2); // expression unspecified
        writeInt(record, 0, 6); // pose
        record.write(1); // full frontal
        record.write(format == FaceImage.ImageFormat.JPEG2000 ? 1 : 0);
        writeInt(record, width, 2);
        writeInt(record, height, 2);
        record.write(1); // sRGB
        record.write(2); // source: static photo, digital camera
        writeInt(record, 0, 4);
        record.writeBytes(image);

        ByteArrayOutputStream header = new ByteArrayOutputStream();
        Tlv.write(header, 0x80, new byte[] {0x01, 0x01});
        Tlv.write(header, 0x81, new byte[] {0x02});
        Tlv.write(header, 0x87, new byte[] {0x01, 0x01});
        Tlv.write(header, 0x88, new byte[] {0x00, 0x08});
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        Tlv.write(template, 0xA1, header.toByteArray());
        Tlv.write(template, 0x5F2E, record.toByteArray());
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        Tlv.write(group, 0x02, new byte[] {0x01});
        Tlv.write(group, 0x7F60, template.toByteArray());
        return Tlv.encode(LdsFile.DG2.tag(), Tlv.encode(0x7F61, group.toByteArray()));
    }

    private static void writeInt(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static final class Reader {
        private final byte[] b;
        private final int end;
        private int pos;

        Reader(byte[] b, int offset, int length) {
            this.b = b;
            this.pos = offset;
            this.end = offset + length;
        }

        int remaining() {
            return end - pos;
        }

        void need(long n) {
            if (n > end - pos) {
                throw new LdsFormatException("DG2 facial record truncated");
            }
        }

        int u8() {
            need(1);
            return b[pos++] & 0xFF;
        }

        int u16() {
            need(2);
            int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        long u32() {
            need(4);
            long v = ((long) (b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8)
                    | (b[pos + 3] & 0xFF);
            pos += 4;
            return v;
        }

        void skip(long n) {
            need(n);
            pos += (int) n;
        }
    }
}

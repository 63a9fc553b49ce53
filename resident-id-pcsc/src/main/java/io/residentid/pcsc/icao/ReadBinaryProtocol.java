package io.residentid.pcsc.icao;

import io.residentid.core.report.Finding;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.TlvReader;
import io.residentid.pcsc.transport.ApduChannel;

import java.util.List;

/**
 * Reads one elementary file in the largest blocks the card allows: SELECT by file id, a first READ BINARY whose
 * BER-TLV header tells the length (bounded before anything is allocated), then the rest in blocks; offsets beyond
 * 32767 use odd-INS READ BINARY (B1). A refused or malformed file becomes a finding, never an exception.
 */
final class ReadBinaryProtocol {

    private static final int HEADER_PROBE = 8;

    private final ApduChannel channel;
    private final int block;

    ReadBinaryProtocol(ApduChannel channel, int block) {
        this.channel = channel;
        this.block = block;
    }

    /** The file's exact bytes, or {@code null} (with a finding when the card refused it or it is malformed). */
    byte[] read(LdsFile file, int maxLength, List<Finding> findings) {
        ResponseApdu select = channel.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                new byte[] {(byte) (file.fileId() >>> 8), (byte) file.fileId()}));
        if (select.sw() != 0x9000) {
            if (select.sw() == 0x6982) {
                findings.add(ChipFindingCode.DG_ACCESS_DENIED.finding(file.name()));
            }
            return null;
        }
        byte[] first = readBinary(0, Math.min(block, Math.max(HEADER_PROBE, Math.min(block, maxLength))));
        if (first == null || first.length == 0) {
            findings.add(ChipFindingCode.DG_ACCESS_DENIED.finding(file.name()));
            return null;
        }
        long total = TlvReader.declaredTotalLength(first);
        if (total <= 0 || total > maxLength) {
            findings.add(ChipFindingCode.DG_MALFORMED.finding(file.name(),
                    total <= 0 ? "unreadable length" : "declared length " + total + " exceeds " + maxLength));
            return null;
        }
        byte[] content = new byte[(int) total];
        int have = Math.min(first.length, content.length);
        System.arraycopy(first, 0, content, 0, have);
        while (have < content.length) {
            byte[] chunk = readBinary(have, Math.min(block, content.length - have));
            if (chunk == null || chunk.length == 0) {
                findings.add(ChipFindingCode.DG_MALFORMED.finding(file.name(), "file shorter than declared"));
                return null;
            }
            int n = Math.min(chunk.length, content.length - have);
            System.arraycopy(chunk, 0, content, have, n);
            have += n;
        }
        return content;
    }

    private byte[] readBinary(int offset, int length) {
        ResponseApdu r;
        if (offset <= 0x7FFF) {
            r = channel.transmit(CommandApdu.of(0x00, 0xB0, offset >>> 8, offset & 0xFF, null, length));
            return r.sw() == 0x9000 || r.sw() == 0x6282 ? r.data() : null;
        }
        byte[] offsetObject = {0x54, 0x03, (byte) (offset >>> 16), (byte) (offset >>> 8), (byte) offset};
        r = channel.transmit(CommandApdu.of(0x00, 0xB1, 0x00, 0x00, offsetObject, Math.min(65536, length + 5)));
        if (r.sw() != 0x9000 && r.sw() != 0x6282) {
            return null;
        }
        // The answer is a discretionary data object (53) around the bytes; take exactly one object.
        byte[] data = r.data();
        try {
            TlvReader reader = TlvReader.of(data);
            if (!reader.next() || reader.valueOffset() + reader.valueLength() != data.length) {
                return null;
            }
            return reader.value();
        } catch (TlvException e) {
            return null;
        }
    }
}

package io.residentid.emulator;

/**
 * A transparent elementary file of the software card: file identifier, optional short EF identifier (1..30), content
 * and an optional read condition (a PIN reference that must be verified). Immutable.
 */
public final class ElementaryFile {

    /** Largest content the emulator holds (odd-INS READ BINARY addresses up to 3-byte offsets). */
    public static final int MAX_SIZE = 0xFFFFFF;

    private final int fid;
    private final int shortId;
    private final byte[] content;
    private final int readPin;

    private ElementaryFile(int fid, int shortId, byte[] content, int readPin) {
        if (fid < 0 || fid > 0xFFFF || fid == 0x3F00 || fid == 0x3FFF || fid == 0xFFFF) {
            throw new IllegalArgumentException(String.format("invalid file identifier %04X", fid));
        }
        if (shortId < 0 || shortId > 30) {
            throw new IllegalArgumentException("short EF identifier must be 1..30 (0 = none)");
        }
        if (content == null || content.length > MAX_SIZE) {
            throw new IllegalArgumentException("content is required and at most " + MAX_SIZE + " bytes");
        }
        this.fid = fid;
        this.shortId = shortId;
        this.content = content;
        this.readPin = readPin;
    }

    /**
     * A transparent EF, readable without a PIN. The content is copied.
     *
     * @param fid the file identifier
     * @param content the file's bytes (copied)
     * @return a transparent EF readable by anyone
     */
    public static ElementaryFile transparent(int fid, byte[] content) {
        return new ElementaryFile(fid, 0, content == null ? null : content.clone(), -1);
    }

    /**
     * This file with a short EF identifier (1..30) for READ BINARY with P1 b8 = 1.
     *
     * @param sfi the short file identifier, 1 to 30
     * @return a copy selectable by that SFI
     */
    public ElementaryFile withShortId(int sfi) {
        if (sfi < 1) {
            throw new IllegalArgumentException("short EF identifier must be 1..30");
        }
        return new ElementaryFile(fid, sfi, content, readPin);
    }

    /**
     * This file readable only after the PIN with this reference was verified.
     *
     * @param pinReference the PIN that must be verified first
     * @return a copy readable only after that PIN
     */
    public ElementaryFile readProtectedBy(int pinReference) {
        return new ElementaryFile(fid, shortId, content, pinReference);
    }

    /**
     * {@return the file identifier}
     */
    public int fid() {
        return fid;
    }

    /** {@return the short EF identifier, 0 when none} */
    public int shortId() {
        return shortId;
    }

    /**
     * {@return the file's size in bytes}
     */
    public int size() {
        return content.length;
    }

    /** {@return the PIN reference protecting reads, or -1} */
    public int readPin() {
        return readPin;
    }

    byte[] content() {
        return content;
    }

    /**
     * A copy of {@code length} bytes from {@code offset} (clipped to the end of the file).
     *
     * @param offset where to start
     * @param length how many bytes at most
     * @return the bytes there (fewer at the end of the file)
     */
    public byte[] read(int offset, int length) {
        if (offset < 0 || length < 0 || offset > content.length) {
            throw new IllegalArgumentException("offset/length outside the file");
        }
        return java.util.Arrays.copyOfRange(content, offset, offset + Math.min(length, content.length - offset));
    }

    @Override
    public String toString() {
        return String.format("EF %04X (%d bytes)", fid, content.length);
    }
}

package io.residentid.pcsc.apdu;

import java.util.Arrays;

/**
 * An ISO/IEC 7816-4 command APDU: header (CLA INS P1 P2), optional command data (Nc bytes, 1..65535) and optional
 * expected response length (Ne, 1..65536), in short or extended form.
 *
 * <pre>
 * case 1    CLA INS P1 P2
 * case 2S   CLA INS P1 P2 Le                    Le = 01..FF, 00 means 256
 * case 2E   CLA INS P1 P2 00 Le1 Le2            Le = 0001..FFFF, 0000 means 65536
 * case 3S   CLA INS P1 P2 Lc data               Lc = 01..FF
 * case 3E   CLA INS P1 P2 00 Lc1 Lc2 data       Lc = 0001..FFFF
 * case 4S   CLA INS P1 P2 Lc data Le
 * case 4E   CLA INS P1 P2 00 Lc1 Lc2 data Le1 Le2
 * </pre>
 *
 * <p>The class byte is interpreted per ISO/IEC 7816-4 §5.4.1: first interindustry classes ({@code 000x xxxx}: logical
 * channels 0-3, secure-messaging bits b4-b3, chaining bit b5) and further interindustry classes ({@code 01xx xxxx}:
 * channels 4-19, SM bit b6, chaining bit b5). For proprietary classes ({@code 1xxx xxxx}, e.g. GlobalPlatform's
 * {@code 80}/{@code 84}) the chaining bit and the channel bits b2-b1 are read the same way as the first interindustry
 * coding, which is how GlobalPlatform uses them. {@code FF} is invalid (ISO/IEC 7816-3 reserves it for PPS), and so
 * are instruction bytes {@code 6X} and {@code 9X}.
 *
 * <p>Instances are immutable, except that {@link #wipe()} may zero the data of a command that carried a secret.
 * {@link #toString()} never shows command data. A command can be marked {@linkplain Builder#sensitive(boolean)
 * sensitive}; PIN commands (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER) and authentication commands
 * (EXTERNAL/MUTUAL, GENERAL and INTERNAL AUTHENTICATE, GET CHALLENGE) always count as sensitive.
 */
public final class CommandApdu {

    /** Largest Nc. */
    public static final int MAX_NC = 65535;
    /** Largest Ne (encoded as extended Le {@code 0000}). */
    public static final int MAX_NE = 65536;
    /** Largest Nc in short form. */
    public static final int MAX_SHORT_NC = 255;
    /** Largest Ne in short form (encoded as Le {@code 00}). */
    public static final int MAX_SHORT_NE = 256;

    private static final byte[] EMPTY = new byte[0];

    private final byte cla;
    private final byte ins;
    private final byte p1;
    private final byte p2;
    private final byte[] data;
    private final int ne;
    private final boolean extended;
    private final boolean sensitive;

    private CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne, boolean extended, boolean sensitive) {
        this.cla = (byte) cla;
        this.ins = (byte) ins;
        this.p1 = (byte) p1;
        this.p2 = (byte) p2;
        this.data = data;
        this.ne = ne;
        this.extended = (data.length > 0 || ne > 0) && (extended || data.length > MAX_SHORT_NC || ne > MAX_SHORT_NE);
        this.sensitive = sensitive;
    }

    /**
     * A builder for a command with the given instruction byte (CLA 00, P1 P2 00 00).
     *
     * @param ins the instruction byte
     * @return a builder for a command with CLA 00, P1 P2 00 00
     */
    public static Builder builder(int ins) {
        return new Builder().ins(ins);
    }

    /** {@return a builder starting from nothing (INS must be set)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Case 1 command: header only.
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1 parameter byte 1
     * @param p2 parameter byte 2
     * @return a case 1 command (no data, no response data)
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2) {
        return new Builder().cla(cla).ins(ins).p1(p1).p2(p2).build();
    }

    /**
     * Case 3 command.
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1 parameter byte 1
     * @param p2 parameter byte 2
     * @param data the command data (copied)
     * @return a case 3 command (data, no response data)
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data) {
        return new Builder().cla(cla).ins(ins).p1(p1).p2(p2).data(data).build();
    }

    /**
     * Case 2 or 4 command (case 2 when {@code data} is empty).
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1 parameter byte 1
     * @param p2 parameter byte 2
     * @param data the command data (copied)
     * @param ne the most response data bytes expected
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        return new Builder().cla(cla).ins(ins).p1(p1).p2(p2).data(data).ne(ne).build();
    }

    /**
     * Parses an encoded command APDU, strictly: the length must match exactly one case, Lc and extended Lc must not be
     * zero, CLA must not be {@code FF}, INS must not be {@code 6X}/{@code 9X}.
     *
     * @throws InvalidApduException when the bytes are not a well-formed command APDU (the only exception thrown)
     * @param apdu the encoded command
     * @return the command
     */
    public static CommandApdu parse(byte[] apdu) {
        if (apdu == null) {
            throw new InvalidApduException("command APDU is null");
        }
        int len = apdu.length;
        if (len < 4) {
            throw new InvalidApduException("command APDU too short: " + len + " bytes, at least 4 (CLA INS P1 P2)");
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        checkClaIns(cla, ins);
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        if (len == 4) {
            return new CommandApdu(cla, ins, p1, p2, EMPTY, 0, false, false);
        }
        int b4 = apdu[4] & 0xFF;
        if (len == 5) {
            return new CommandApdu(cla, ins, p1, p2, EMPTY, b4 == 0 ? 256 : b4, false, false);
        }
        if (b4 != 0) {
            // short Lc
            if (len == 5 + b4) {
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, len), 0, false, false);
            }
            if (len == 6 + b4) {
                int le = apdu[len - 1] & 0xFF;
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, len - 1), le == 0 ? 256 : le,
                        false, false);
            }
            throw new InvalidApduException("command APDU length " + len + " does not match short Lc " + b4
                    + " (expected " + (5 + b4) + " or " + (6 + b4) + " bytes)");
        }
        // b4 == 0 and more than 5 bytes: extended form
        if (len < 7) {
            throw new InvalidApduException("command APDU of " + len + " bytes: extended length needs 3 length bytes");
        }
        int l2 = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (len == 7) {
            return new CommandApdu(cla, ins, p1, p2, EMPTY, l2 == 0 ? 65536 : l2, true, false);
        }
        if (l2 == 0) {
            throw new InvalidApduException("extended Lc is 0000 (Nc must be 1..65535)");
        }
        if (len == 7 + l2) {
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, len), 0, true, false);
        }
        if (len == 9 + l2) {
            int le = ((apdu[len - 2] & 0xFF) << 8) | (apdu[len - 1] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, len - 2), le == 0 ? 65536 : le,
                    true, false);
        }
        throw new InvalidApduException("command APDU length " + len + " does not match extended Lc " + l2
                + " (expected " + (7 + l2) + " or " + (9 + l2) + " bytes)");
    }

    private static void checkClaIns(int cla, int ins) {
        if (cla == 0xFF) {
            throw new InvalidApduException("CLA FF is invalid (reserved for PPS)");
        }
        int high = ins & 0xF0;
        if (high == 0x60 || high == 0x90) {
            throw new InvalidApduException(String.format("INS %02X is invalid (6X and 9X are reserved)", ins));
        }
    }

    /** {@return the encoded command, in short or extended form as {@link #isExtended()} says. A new array each call} */
    public byte[] encode() {
        int nc = data.length;
        boolean hasLe = ne > 0;
        int size = 4;
        if (extended) {
            size += nc > 0 ? 3 + nc + (hasLe ? 2 : 0) : 3;
        } else {
            size += (nc > 0 ? 1 + nc : 0) + (hasLe ? 1 : 0);
        }
        byte[] out = new byte[size];
        out[0] = cla;
        out[1] = ins;
        out[2] = p1;
        out[3] = p2;
        int pos = 4;
        if (extended) {
            out[pos++] = 0;
            if (nc > 0) {
                out[pos++] = (byte) (nc >>> 8);
                out[pos++] = (byte) nc;
                System.arraycopy(data, 0, out, pos, nc);
                pos += nc;
            }
            if (hasLe) {
                out[pos++] = (byte) (ne >>> 8);
                out[pos] = (byte) ne;
            }
        } else {
            if (nc > 0) {
                out[pos++] = (byte) nc;
                System.arraycopy(data, 0, out, pos, nc);
                pos += nc;
            }
            if (hasLe) {
                out[pos] = (byte) ne;
            }
        }
        return out;
    }

    /** {@return the length of {@link #encode()}} */
    public int encodedLength() {
        int nc = data.length;
        if (extended) {
            return 4 + (nc > 0 ? 3 + nc + (ne > 0 ? 2 : 0) : 3);
        }
        return 4 + (nc > 0 ? 1 + nc : 0) + (ne > 0 ? 1 : 0);
    }

    /** {@return case 1 to 4} */
    public ApduCase apduCase() {
        return ApduCase.of(data.length > 0, ne > 0);
    }

    /** {@return whether the encoding uses extended length fields} */
    public boolean isExtended() {
        return extended;
    }

    /**
     * {@return the class byte}
     */
    public int cla() {
        return cla & 0xFF;
    }

    /**
     * {@return the instruction byte}
     */
    public int ins() {
        return ins & 0xFF;
    }

    /**
     * {@return parameter byte 1}
     */
    public int p1() {
        return p1 & 0xFF;
    }

    /**
     * {@return parameter byte 2}
     */
    public int p2() {
        return p2 & 0xFF;
    }

    /** {@return Nc: the number of command data bytes (0 when absent)} */
    public int nc() {
        return data.length;
    }

    /** {@return a copy of the command data (empty when absent). Wipe the copy when it holds a secret} */
    public byte[] data() {
        return data.clone();
    }

    /** {@return Ne: the maximum number of response data bytes expected (0 when Le is absent)} */
    public int ne() {
        return ne;
    }

    /**
     * Whether the command carries a secret or authentication material: an explicit mark, a PIN command (VERIFY,
     * CHANGE REFERENCE DATA, RESET RETRY COUNTER) or an authentication command (EXTERNAL/MUTUAL AUTHENTICATE,
     * GET CHALLENGE, GENERAL AUTHENTICATE, INTERNAL AUTHENTICATE). Such a command's data and its response data never
     * reach a trace, and the transmission rules never send it twice (a cryptogram is as good as the key to an
     * offline attacker; a PIN sent twice spends two tries).
     *
     * @return whether the command data is secret (PIN, key) and must not be logged
     */
    public boolean isSensitive() {
        return sensitive || isSensitiveInstruction(ins & 0xFF);
    }

    /**
     * Whether {@code ins} (either parity) is a PIN or authentication instruction; see {@link #isSensitive()}.
     *
     * @param ins an instruction byte
     * @return whether commands with this instruction carry secrets
     */
    public static boolean isSensitiveInstruction(int ins) {
        return switch (ins & 0xFE) {
            case 0x20, 0x24, 0x2C, 0x82, 0x84, 0x86, 0x88 -> true;
            default -> false;
        };
    }

    /** {@return the class byte's coding} */
    public CommandClass commandClass() {
        return CommandClass.of(cla & 0xFF);
    }

    /** {@return the logical channel number (0-19) the class byte addresses (0-3 for proprietary classes, RFU: 0)} */
    public int logicalChannel() {
        return CommandClass.logicalChannel(cla & 0xFF);
    }

    /** {@return the secure-messaging indication of the class byte (NONE for proprietary and RFU classes)} */
    public SecureMessagingIndication secureMessaging() {
        return CommandClass.secureMessaging(cla & 0xFF);
    }

    /** {@return whether the command-chaining bit (b5) is set: more commands of the chain follow} */
    public boolean isChained() {
        return CommandClass.of(cla & 0xFF) != CommandClass.RFU && (cla & 0x10) != 0;
    }

    /**
     * A builder with this command's values (the data copied).
     *
     * @return this builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cla = cla & 0xFF;
        b.ins = ins & 0xFF;
        b.p1 = p1 & 0xFF;
        b.p2 = p2 & 0xFF;
        b.data = data.clone();
        b.ne = ne;
        b.extended = extended;
        b.sensitive = sensitive;
        return b;
    }

    /**
     * This command with another Ne (0 removes Le); keeps the short/extended choice where the new Ne allows it.
     *
     * @param newNe the new expected response length
     * @return a copy with {@code newNe}
     */
    public CommandApdu withNe(int newNe) {
        checkNe(newNe, true);
        return new CommandApdu(cla, ins, p1, p2, data, newNe, extended, sensitive);
    }

    /**
     * This command with another raw class byte.
     *
     * @param newCla the new class byte
     * @return a copy with {@code newCla}
     */
    public CommandApdu withCla(int newCla) {
        checkByte("CLA", newCla);
        checkClaIns(newCla, ins & 0xFF);
        return new CommandApdu(newCla, ins, p1, p2, data, ne, extended, sensitive);
    }

    /** Overwrites the command data with zeros (for commands that carried a PIN or key once transmitted). */
    public void wipe() {
        Arrays.fill(data, (byte) 0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommandApdu)) {
            return false;
        }
        CommandApdu other = (CommandApdu) o;
        return cla == other.cla && ins == other.ins && p1 == other.p1 && p2 == other.p2 && ne == other.ne
                && extended == other.extended && sensitive == other.sensitive && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        int h = ((cla & 0xFF) << 24) | ((ins & 0xFF) << 16) | ((p1 & 0xFF) << 8) | (p2 & 0xFF);
        return 31 * (31 * h + ne) + Arrays.hashCode(data);
    }

    /** Header, case and lengths; never the data. */
    @Override
    public String toString() {
        return String.format("CommandApdu[case %d%s, CLA %02X, INS %02X, P1 %02X, P2 %02X, Nc %d, Ne %d%s]",
                apduCase().number(), extended ? "E" : (apduCase() == ApduCase.CASE_1 ? "" : "S"), cla & 0xFF,
                ins & 0xFF, p1 & 0xFF, p2 & 0xFF, data.length, ne, isSensitive() ? ", sensitive" : "");
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new InvalidApduException(name + " must be 0..255, was " + value);
        }
    }

    private static void checkNe(int ne, boolean allowZero) {
        if (ne < (allowZero ? 0 : 1) || ne > MAX_NE) {
            throw new InvalidApduException("Ne must be " + (allowZero ? "0" : "1") + ".." + MAX_NE + ", was " + ne);
        }
    }

    /** Builds a {@link CommandApdu}; every value is checked by {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private int cla;
        private int ins = -1;
        private int p1;
        private int p2;
        private byte[] data = EMPTY;
        private int ne;
        private boolean extended;
        private boolean sensitive;
        private Integer channel;
        private SecureMessagingIndication secureMessaging;
        private Boolean chaining;

        private Builder() {
        }

        /**
         * The raw class byte (default 00); channel, SM and chaining setters are applied on top of it.
         *
         * @param cla the raw class byte
         * @return this builder
         */
        public Builder cla(int cla) {
            this.cla = cla;
            return this;
        }

        /**
         * Sets the instruction byte.
         *
         * @param ins the instruction byte
         * @return this builder
         */
        public Builder ins(int ins) {
            this.ins = ins;
            return this;
        }

        /**
         * Sets parameter byte 1.
         *
         * @param p1 parameter byte 1
         * @return this builder
         */
        public Builder p1(int p1) {
            this.p1 = p1;
            return this;
        }

        /**
         * Sets parameter byte 2.
         *
         * @param p2 parameter byte 2
         * @return this builder
         */
        public Builder p2(int p2) {
            this.p2 = p2;
            return this;
        }

        /**
         * P1 and P2 from a 16-bit value (P1 the high byte).
         *
         * @param p1p2 P1 and P2 from a 16-bit value (P1 the high byte)
         * @return this builder
         */
        public Builder p1p2(int p1p2) {
            if (p1p2 < 0 || p1p2 > 0xFFFF) {
                throw new InvalidApduException("P1-P2 must be 0000..FFFF, was " + p1p2);
            }
            this.p1 = p1p2 >>> 8;
            this.p2 = p1p2 & 0xFF;
            return this;
        }

        /**
         * Command data (copied; null or empty means none).
         *
         * @param data command data (copied; null or empty means none)
         * @return this builder
         */
        public Builder data(byte[] data) {
            this.data = data == null || data.length == 0 ? EMPTY : data.clone();
            return this;
        }

        /**
         * Ne: 0 (no Le) or 1..65536; 256 is encoded short as {@code 00}, 65536 extended as {@code 0000}.
         *
         * @param ne Ne: 0 (no Le) or 1..65536; 256 is encoded short as {@code 00}, 65536 extended as {@code 0000}
         * @return this builder
         */
        public Builder ne(int ne) {
            this.ne = ne;
            return this;
        }

        /**
         * Forces the extended form even when the lengths fit the short form.
         *
         * @param extended forces the extended form even when the lengths fit the short form
         * @return this builder
         */
        public Builder extended(boolean extended) {
            this.extended = extended;
            return this;
        }

        /**
         * Marks the command as carrying a secret: its data is redacted from traces.
         *
         * @param sensitive marks the command as carrying a secret: its data is redacted from traces
         * @return this builder
         */
        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /**
         * Logical channel 0-19, coded into an interindustry class byte (channels 4-19 use the further class).
         *
         * @param channel logical channel 0-19, coded into an interindustry class byte (channels 4-19 use the further
         *     class)
         * @return this builder
         */
        public Builder logicalChannel(int channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Secure-messaging indication, coded into an interindustry class byte.
         *
         * @param indication secure-messaging indication, coded into an interindustry class byte
         * @return this builder
         */
        public Builder secureMessaging(SecureMessagingIndication indication) {
            this.secureMessaging = indication;
            return this;
        }

        /**
         * Sets or clears the command-chaining bit (b5).
         *
         * @param chaining or clears the command-chaining bit (b5)
         * @return this builder
         */
        public Builder chaining(boolean chaining) {
            this.chaining = chaining;
            return this;
        }

        /**
         * The command.
         *
         * @throws InvalidApduException when a value is out of range or the class byte cannot express the requested
         *                              channel / secure messaging
         * @return the command
         */
        public CommandApdu build() {
            checkByte("CLA", cla);
            if (ins < 0) {
                throw new InvalidApduException("INS is not set");
            }
            checkByte("INS", ins);
            checkByte("P1", p1);
            checkByte("P2", p2);
            if (data.length > MAX_NC) {
                throw new InvalidApduException("Nc must be at most " + MAX_NC + ", was " + data.length);
            }
            checkNe(ne, true);
            int finalCla = CommandClass.compose(cla, channel, secureMessaging, chaining);
            checkClaIns(finalCla, ins);
            return new CommandApdu(finalCla, ins, p1, p2, data, ne, extended, sensitive);
        }
    }
}

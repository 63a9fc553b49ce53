package io.residentid.pcsc.atr;

import io.residentid.pcsc.atr.AtrException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * An Answer-to-Reset (ISO/IEC 7816-3 §8.2), parsed and immutable.
 *
 * <pre>
 * ATR ::= TS T0 { TAi TBi TCi TDi } T1..TK [TCK]
 * TS  ::= 3B (direct convention) | 3F (inverse convention)
 * T0  ::= Y1 (high nibble: which of TA1..TD1 follow) K (low nibble: number of historical bytes)
 * TDi ::= Y(i+1) (which of TA(i+1)..TD(i+1) follow) T (protocol the next level is specific to)
 * TCK ::= check byte, present unless only T=0 is indicated; XOR of T0..TCK is 0
 * </pre>
 *
 * <p>At most 33 bytes. A PC/SC reader hands over the ATR after applying the convention, so bytes after a {@code 3F}
 * TS are read as they are.
 *
 * <p><b>TCK policy.</b> A missing TCK where one is required is a structural error ({@link Reason#MISSING_TCK}). A
 * TCK that is present but wrong is reported by {@link #tckValid()} from {@link #parse(byte[])} (the reader already
 * accepted the ATR and the card works, so callers may decide), and rejected by {@link #parseStrict(byte[])}.
 *
 * <pre>{@code
 * Atr atr = Atr.parse(HexFormat.of().parseHex("3B8880010000000000000000"));
 * atr.protocols();                   // [1]
 * atr.extendedLengthSupported();     // from the card capabilities in the historical bytes
 * }</pre>
 */
public final class Atr {

    /** Longest ATR: TS plus 32 characters. */
    public static final int MAX_LENGTH = 33;

    /** The bit convention announced by TS. */
    public enum Convention {
        /** TS {@code 3B}. */
        DIRECT,
        /** TS {@code 3F}. */
        INVERSE
    }

    // ISO 7816-3 Table 7 (Fi, f max in kHz) and Table 8 (Di); 0 marks reserved values.
    private static final int[] FI = {372, 372, 558, 744, 1116, 1488, 1860, 0, 0, 512, 768, 1024, 1536, 2048, 0, 0};
    private static final int[] F_MAX_KHZ = {4000, 5000, 6000, 8000, 12000, 16000, 20000, 0, 0, 5000, 7500, 10000,
        15000, 20000, 0, 0};
    private static final int[] DI = {0, 1, 2, 4, 8, 16, 32, 64, 12, 20, 0, 0, 0, 0, 0, 0};

    private final byte[] bytes;
    private final List<InterfaceBytes> interfaceBytes;
    private final List<Integer> protocols;
    private final boolean globalT15;
    private final HistoricalBytes historicalBytes;
    private final int tck;
    private final boolean tckValid;

    private Atr(byte[] bytes, List<InterfaceBytes> interfaceBytes, List<Integer> protocols, boolean globalT15,
                HistoricalBytes historicalBytes, int tck, boolean tckValid) {
        this.bytes = bytes;
        this.interfaceBytes = interfaceBytes;
        this.protocols = protocols;
        this.globalT15 = globalT15;
        this.historicalBytes = historicalBytes;
        this.tck = tck;
        this.tckValid = tckValid;
    }

    /**
     * Parses an ATR; a wrong TCK is reported by {@link #tckValid()} rather than rejected.
     *
     * @throws AtrException if the ATR is structurally malformed, or {@code null} ({@link Reason#TOO_SHORT})
     * @param atr the answer-to-reset bytes
     * @return the parsed ATR
     */
    public static Atr parse(byte[] atr) {
        return parse(atr, false);
    }

    /**
     * Parses an ATR and also rejects a wrong TCK ({@link Reason#TCK_MISMATCH}).
     *
     * @throws AtrException if the ATR is malformed, or {@code null} ({@link Reason#TOO_SHORT})
     * @param atr the answer-to-reset bytes
     * @return the parsed ATR
     */
    public static Atr parseStrict(byte[] atr) {
        return parse(atr, true);
    }

    private static Atr parse(byte[] input, boolean strict) {
        if (input == null) {
            // A missing ATR lacks TS and T0 like a one-byte one; callers handle one exception type.
            throw new AtrException(Reason.TOO_SHORT, 0);
        }
        if (input.length < 2) {
            throw new AtrException(Reason.TOO_SHORT, input.length);
        }
        if (input.length > MAX_LENGTH) {
            throw new AtrException(Reason.TOO_LONG, MAX_LENGTH);
        }
        byte[] b = input.clone();
        int ts = b[0] & 0xFF;
        if (ts != 0x3B && ts != 0x3F) {
            throw new AtrException(Reason.BAD_TS, 0);
        }
        int t0 = b[1] & 0xFF;
        int presence = t0 >>> 4;
        int historicalLength = t0 & 0x0F;
        int pos = 2;
        int announcedAt = 1;
        List<InterfaceBytes> groups = new ArrayList<>(4);
        List<Integer> offered = new ArrayList<>(2);
        boolean t15 = false;
        boolean tckRequired = false;
        OptionalInt protocol = OptionalInt.empty();
        // Each level consumes at least its TD byte, and the length is at most 33, so this loop ends within 32 levels.
        for (int level = 1; ; level++) {
            OptionalInt[] values = new OptionalInt[4];
            for (int kind = 0; kind < 4; kind++) {
                if ((presence & (1 << kind)) != 0) {
                    if (pos >= b.length) {
                        throw new AtrException(Reason.TRUNCATED_INTERFACE_BYTES, announcedAt);
                    }
                    values[kind] = OptionalInt.of(b[pos++] & 0xFF);
                } else {
                    values[kind] = OptionalInt.empty();
                }
            }
            groups.add(new InterfaceBytes(level, protocol, values[0], values[1], values[2], values[3]));
            if (values[3].isEmpty()) {
                break;
            }
            int td = values[3].getAsInt();
            announcedAt = pos - 1;
            int t = td & 0x0F;
            if (t != 0) {
                tckRequired = true;
            }
            if (t == 15) {
                t15 = true;
            } else if (!offered.contains(t)) {
                offered.add(t);
            }
            presence = td >>> 4;
            protocol = OptionalInt.of(t);
        }
        if (offered.isEmpty()) {
            offered.add(0);
        }
        if (pos + historicalLength > b.length) {
            throw new AtrException(Reason.TRUNCATED_HISTORICAL_BYTES, pos);
        }
        HistoricalBytes historical = HistoricalBytes.of(Arrays.copyOfRange(b, pos, pos + historicalLength));
        pos += historicalLength;
        int tck = -1;
        boolean tckValid = true;
        if (tckRequired) {
            if (pos >= b.length) {
                throw new AtrException(Reason.MISSING_TCK, pos);
            }
            tck = b[pos] & 0xFF;
            int xor = 0;
            for (int i = 1; i <= pos; i++) {
                xor ^= b[i];
            }
            tckValid = xor == 0;
            if (!tckValid && strict) {
                throw new AtrException(Reason.TCK_MISMATCH, pos);
            }
            pos++;
        }
        if (pos < b.length) {
            throw new AtrException(Reason.TRAILING_BYTES, pos);
        }
        return new Atr(b, Collections.unmodifiableList(groups), List.copyOf(offered), t15, historical, tck, tckValid);
    }

    /** {@return a copy of the ATR bytes} */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return number of bytes} */
    public int length() {
        return bytes.length;
    }

    /** {@return the initial character TS ({@code 0x3B} or {@code 0x3F})} */
    public int ts() {
        return bytes[0] & 0xFF;
    }

    /** {@return the convention announced by TS} */
    public Convention convention() {
        return ts() == 0x3B ? Convention.DIRECT : Convention.INVERSE;
    }

    /** {@return the format byte T0} */
    public int t0() {
        return bytes[1] & 0xFF;
    }

    /** {@return the interface bytes level by level, from level 1 (unmodifiable, never empty)} */
    public List<InterfaceBytes> interfaceBytes() {
        return interfaceBytes;
    }

    /**
     * TAi of level {@code i} (from 1).
     *
     * @param level the interface-byte level, from 1
     * @return TA of that level, when present
     */
    public OptionalInt ta(int level) {
        return interfaceByte(level, 'A');
    }

    /**
     * TBi of level {@code i} (from 1).
     *
     * @param level the interface-byte level, from 1
     * @return TB of that level, when present
     */
    public OptionalInt tb(int level) {
        return interfaceByte(level, 'B');
    }

    /**
     * TCi of level {@code i} (from 1).
     *
     * @param level the interface-byte level, from 1
     * @return TC of that level, when present
     */
    public OptionalInt tc(int level) {
        return interfaceByte(level, 'C');
    }

    /**
     * TDi of level {@code i} (from 1).
     *
     * @param level the interface-byte level, from 1
     * @return TD of that level, when present
     */
    public OptionalInt td(int level) {
        return interfaceByte(level, 'D');
    }

    private OptionalInt interfaceByte(int level, char kind) {
        if (level < 1 || level > interfaceBytes.size()) {
            return OptionalInt.empty();
        }
        return interfaceBytes.get(level - 1).get(kind);
    }

    /**
     * The transmission protocols offered, in the order the TDi bytes name them ({@code [0]} when TD1 is absent or
     * names only T=15). T=15 is not a transmission protocol and is reported by {@link #hasGlobalInterfaceBytes()}.
     *
     * @return the protocols offered, in order
     */
    public List<Integer> protocols() {
        return protocols;
    }

    /** {@return the first offered protocol (the one used without a PPS exchange in negotiable mode)} */
    public int defaultProtocol() {
        return protocols.get(0);
    }

    /**
     * {@return whether a TDi announces T=15, i.e. global interface bytes after level 2 (class indicator, clock stop)}
     */
    public boolean hasGlobalInterfaceBytes() {
        return globalT15;
    }

    /** {@return whether TA2 is present: the card is in specific mode and uses the protocol TA2 names, without PPS} */
    public boolean specificMode() {
        return ta(2).isPresent();
    }

    /** {@return the clock rate conversion index Fi (high nibble of TA1; 1 when TA1 is absent)} */
    public int fiIndex() {
        return ta(1).orElse(0x11) >>> 4;
    }

    /** {@return the baud rate adjustment index Di (low nibble of TA1; 1 when TA1 is absent)} */
    public int diIndex() {
        return ta(1).orElse(0x11) & 0x0F;
    }

    /** {@return the clock rate conversion factor Fi (ISO 7816-3 Table 7); empty for a reserved value} */
    public OptionalInt fi() {
        int value = FI[fiIndex()];
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** {@return the maximum clock frequency in kHz that goes with Fi; empty for a reserved value} */
    public OptionalInt fMaxKiloHertz() {
        int value = F_MAX_KHZ[fiIndex()];
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** {@return the baud rate adjustment factor Di (ISO 7816-3 Table 8); empty for a reserved value} */
    public OptionalInt di() {
        int value = DI[diIndex()];
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** {@return the extra guard time N from TC1 (0 when absent; 255 means the minimum guard time)} */
    public int extraGuardTime() {
        return tc(1).orElse(0);
    }

    /**
     * The T=1 information field size of the card (IFSC): the first TAi (i &gt;= 3) of a level specific to T=1;
     * empty when the ATR does not set it (ISO 7816-3 default: 32).
     *
     * @return the card's T=1 information field size, when announced
     */
    public OptionalInt t1InformationFieldSize() {
        return firstSpecific(1, 'A', 3);
    }

    /**
     * The supported voltage classes from the class indicator: bits 1-6 of the first TAi (i &gt;= 3) of a level
     * specific to T=15 (A = 5 V, B = 3 V, C = 1.8 V); empty when the ATR does not announce them (class A only).
     *
     * @return the supply voltage classes the card supports
     */
    public Set<VoltageClass> voltageClasses() {
        OptionalInt indicator = firstSpecific(15, 'A', 3);
        EnumSet<VoltageClass> classes = EnumSet.noneOf(VoltageClass.class);
        if (indicator.isPresent()) {
            for (VoltageClass voltageClass : VoltageClass.values()) {
                if ((indicator.getAsInt() & (1 << voltageClass.ordinal())) != 0) {
                    classes.add(voltageClass);
                }
            }
        }
        return Collections.unmodifiableSet(classes);
    }

    /** Operating conditions announced by the T=15 class indicator (ISO 7816-3 §8.3). */
    public enum VoltageClass {
        /** 5 V. */
        A,
        /** 3 V. */
        B,
        /** 1.8 V. */
        C
    }

    private OptionalInt firstSpecific(int protocol, char kind, int fromLevel) {
        for (InterfaceBytes level : interfaceBytes) {
            if (level.level() >= fromLevel && level.protocol().isPresent() && level.protocol().getAsInt() == protocol
                    && level.get(kind).isPresent()) {
                return level.get(kind);
            }
        }
        return OptionalInt.empty();
    }

    /** {@return the historical bytes, decoded} */
    public HistoricalBytes historicalBytes() {
        return historicalBytes;
    }

    /** {@return whether the ATR carries a TCK check byte (it must, unless only T=0 is indicated)} */
    public boolean tckPresent() {
        return tck >= 0;
    }

    /** {@return the TCK byte} */
    public OptionalInt tck() {
        return tck < 0 ? OptionalInt.empty() : OptionalInt.of(tck);
    }

    /**
     * Whether the TCK check holds: {@code true} when TCK is present and the XOR of T0..TCK is zero, and also when
     * TCK is absent because only T=0 is indicated (then there is nothing to check).
     *
     * @return whether the check byte is right (or not required)
     */
    public boolean tckValid() {
        return tckValid;
    }

    /** {@return whether the card announces extended Lc/Le fields (card capabilities, third software function table)} */
    public boolean extendedLengthSupported() {
        return historicalBytes.extendedLengthSupported();
    }

    /** {@return upper-case hexadecimal ATR, e.g. {@code 3B8880010000000000000000}} */
    public String toHex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Atr && Arrays.equals(((Atr) other).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Atr[" + toHex() + "]";
    }

    /** {@return a builder that computes T0, the TDi bytes and TCK} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an ATR from its parts: interface bytes per level, the protocol each level from 2 on is specific to, and
     * the historical bytes. T0, TDi and TCK are computed; the result is parsed back, so it is always well formed.
     */
    public static final class Builder {
        private boolean inverse;
        private final TreeMap<Integer, int[]> levels = new TreeMap<>();
        private byte[] historical = new byte[0];

        private Builder() {
        }

        private int[] level(int level) {
            if (level < 1 || level > 16) {
                throw new IllegalArgumentException("level must be 1..16");
            }
            return levels.computeIfAbsent(level, l -> new int[] {-1, -1, -1, -1});
        }

        private static int checkByte(int value) {
            if (value < 0 || value > 0xFF) {
                throw new IllegalArgumentException("Not a byte: " + value);
            }
            return value;
        }

        /**
         * TS {@code 3F} instead of {@code 3B}.
         *
         * @param inverse TS {@code 3F} instead of {@code 3B}
         * @return this builder
         */
        public Builder inverseConvention(boolean inverse) {
            this.inverse = inverse;
            return this;
        }

        /**
         * Sets TAi.
         *
         * @param level the interface-byte level, from 1
         * @param value the byte's value
         * @return this builder
         */
        public Builder ta(int level, int value) {
            level(level)[0] = checkByte(value);
            return this;
        }

        /**
         * Sets TBi.
         *
         * @param level the interface-byte level, from 1
         * @param value the byte's value
         * @return this builder
         */
        public Builder tb(int level, int value) {
            level(level)[1] = checkByte(value);
            return this;
        }

        /**
         * Sets TCi.
         *
         * @param level the interface-byte level, from 1
         * @param value the byte's value
         * @return this builder
         */
        public Builder tc(int level, int value) {
            level(level)[2] = checkByte(value);
            return this;
        }

        /**
         * Sets the protocol (0 to 15) that TD(i-1) announces for level {@code i >= 2}.
         *
         * @param level the interface-byte level, from 2
         * @param protocol the protocol number, 0 to 15
         * @return this builder
         */
        public Builder protocol(int level, int protocol) {
            if (level < 2) {
                throw new IllegalArgumentException("Protocols are announced for levels 2 and above");
            }
            if (protocol < 0 || protocol > 15) {
                throw new IllegalArgumentException("protocol must be 0..15");
            }
            level(level)[3] = protocol;
            return this;
        }

        /**
         * Sets the historical bytes (0 to 15; copied).
         *
         * @param bytes the historical bytes (0 to 15; copied)
         * @return this builder
         */
        public Builder historicalBytes(byte[] bytes) {
            if (bytes.length > 15) {
                throw new IllegalArgumentException("At most 15 historical bytes");
            }
            this.historical = bytes.clone();
            return this;
        }

        /**
         * The ATR.
         *
         * @throws IllegalStateException if a level from 2 on has no protocol, or the ATR would exceed 33 bytes
         * @return the ATR
         */
        public Atr build() {
            int top = levels.isEmpty() ? 1 : levels.lastKey();
            byte[] out = new byte[128];
            int pos = 0;
            out[pos++] = (byte) (inverse ? 0x3F : 0x3B);
            int formatAt = pos++;
            boolean tckRequired = false;
            for (int level = 1; level <= top; level++) {
                int[] bytesOfLevel = levels.getOrDefault(level, new int[] {-1, -1, -1, -1});
                if (level >= 2 && bytesOfLevel[3] < 0) {
                    throw new IllegalStateException("Level " + level + " needs a protocol (announced by TD"
                            + (level - 1) + ")");
                }
                boolean hasNext = level < top;
                int presence = 0;
                for (int kind = 0; kind < 3; kind++) {
                    if (bytesOfLevel[kind] >= 0) {
                        presence |= 1 << kind;
                    }
                }
                if (hasNext) {
                    presence |= 1 << 3;
                }
                // The presence nibble of this level lives in T0 (level 1) or in TD(level-1), written just before.
                if (level == 1) {
                    out[formatAt] = (byte) ((presence << 4) | historical.length);
                } else {
                    out[formatAt] = (byte) ((presence << 4) | bytesOfLevel[3]);
                    if (bytesOfLevel[3] != 0) {
                        tckRequired = true;
                    }
                }
                for (int kind = 0; kind < 3; kind++) {
                    if (bytesOfLevel[kind] >= 0) {
                        out[pos++] = (byte) bytesOfLevel[kind];
                    }
                }
                if (hasNext) {
                    formatAt = pos++;
                }
            }
            System.arraycopy(historical, 0, out, pos, historical.length);
            pos += historical.length;
            if (tckRequired) {
                int xor = 0;
                for (int i = 1; i < pos; i++) {
                    xor ^= out[i];
                }
                out[pos++] = (byte) xor;
            }
            if (pos > MAX_LENGTH) {
                throw new IllegalStateException("The ATR would be " + pos + " bytes, more than " + MAX_LENGTH);
            }
            return parseStrict(Arrays.copyOf(out, pos));
        }
    }
}

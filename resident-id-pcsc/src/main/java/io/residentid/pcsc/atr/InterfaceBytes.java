package io.residentid.pcsc.atr;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The interface bytes of one level {@code i} of an ATR (ISO/IEC 7816-3 §8.2.3): TAi, TBi, TCi and TDi, each present or
 * not. Level 1 holds global bytes (TA1 = Fi/Di, TC1 = extra guard time) and is announced by T0; level {@code i >= 2}
 * is announced by TD(i-1), whose low nibble names the protocol the level's bytes are specific to ({@code 15} for
 * global bytes).
 *
 * @param level    {@code i}, from 1
 * @param protocol the protocol T announced by TD(i-1); empty for level 1
 * @param ta       TAi
 * @param tb       TBi
 * @param tc       TCi
 * @param td       TDi
 */
public record InterfaceBytes(int level, OptionalInt protocol, OptionalInt ta, OptionalInt tb, OptionalInt tc,
                             OptionalInt td) {

    /**
     * Creates the record, checking its components.
     *
     * @param level {@code i}, from 1
     * @param protocol the protocol T announced by TD(i-1); empty for level 1
     * @param ta TAi
     * @param tb TBi
     * @param tc TCi
     * @param td TDi
     */
    public InterfaceBytes {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1");
        }
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ta, "ta");
        Objects.requireNonNull(tb, "tb");
        Objects.requireNonNull(tc, "tc");
        Objects.requireNonNull(td, "td");
    }

    /**
     * The byte of the given kind ({@code 'A'}, {@code 'B'}, {@code 'C'} or {@code 'D'}).
     *
     * @param kind {@code 'A'}, {@code 'B'}, {@code 'C'} or {@code 'D'}
     * @return that interface byte of this level, when present
     */
    public OptionalInt get(char kind) {
        switch (kind) {
            case 'A':
                return ta;
            case 'B':
                return tb;
            case 'C':
                return tc;
            case 'D':
                return td;
            default:
                throw new IllegalArgumentException("Interface byte kind is A, B, C or D");
        }
    }
}

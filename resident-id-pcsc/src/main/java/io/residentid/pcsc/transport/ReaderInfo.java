package io.residentid.pcsc.transport;

import java.util.Optional;

/**
 * A reader as listed by PC/SC.
 *
 * @param name        the reader's PC/SC name, e.g. {@code "Virtual PCD 00 00"}
 * @param cardPresent whether a card is in the reader
 * @param atr         the card's ATR when present and readable (empty otherwise)
 */
public record ReaderInfo(String name, boolean cardPresent, Optional<byte[]> atr) {
    public ReaderInfo {
        atr = atr.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> atr() {
        return atr.map(byte[]::clone);
    }
}

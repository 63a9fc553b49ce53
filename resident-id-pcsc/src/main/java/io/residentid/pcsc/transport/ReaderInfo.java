package io.residentid.pcsc.transport;

import io.residentid.core.model.Bytes;

import java.util.Objects;
import java.util.Optional;

/**
 * A reader as listed by PC/SC.
 *
 * @param name        the reader's PC/SC name, e.g. {@code "Virtual PCD 00 00"}
 * @param cardPresent whether a card is in the reader
 * @param atr         the card's ATR when present and readable (empty otherwise)
 */
public record ReaderInfo(String name, boolean cardPresent, Optional<Bytes> atr) {
    /**
     * Checks that name and ATR option are present.
     *
     * @param name the reader's PC/SC name, e.g. {@code "Virtual PCD 00 00"}
     * @param cardPresent whether a card is in the reader
     * @param atr the card's ATR when present and readable (empty otherwise)
     */
    public ReaderInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(atr, "atr");
    }
}

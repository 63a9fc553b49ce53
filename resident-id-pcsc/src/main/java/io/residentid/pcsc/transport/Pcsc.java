package io.residentid.pcsc.transport;

import io.residentid.core.model.Bytes;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * PC/SC readers through {@code javax.smartcardio}: list readers, wait for a card, connect.
 *
 * <pre>{@code
 * Pcsc pcsc = Pcsc.open();                       // PcscUnavailableException when no pcscd / libpcsclite
 * String reader = pcsc.readers().get(0).name();
 * if (pcsc.waitForCardPresent(reader, Duration.ofSeconds(30))) {
 *     try (PcscCard card = pcsc.connect(reader, Protocol.ANY)) {
 *         ApduChannel channel = TransmissionRules.defaults().wrap(ApduTrace.wrap(card));
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>On Linux, {@code libpcsclite} is located automatically (see {@code sun.security.smartcardio.library}).
 * JDK limitation: {@code javax.smartcardio} keeps one PC/SC context per JVM, so after {@code pcscd} restarts
 * calls keep failing with {@link PcscUnavailableException} until the JVM restarts.
 */
public final class Pcsc {

    private final CardTerminals terminals;

    private Pcsc(CardTerminals terminals) {
        this.terminals = terminals;
    }

    /**
     * Connects to the PC/SC service.
     *
     * @throws PcscUnavailableException when no PC/SC service runs or the PC/SC library is missing
     * @return access to the system's PC/SC readers
     */
    public static Pcsc open() {
        PcscLibrary.configure();
        if (!PcscLibrary.available()) {
            throw new PcscUnavailableException("The PC/SC library libpcsclite was not found: install it (Debian/"
                    + "Ubuntu: apt-get install pcscd libpcsclite1) or set -D" + PcscLibrary.PROPERTY + "=PATH", null);
        }
        TerminalFactory factory;
        try {
            factory = TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException e) {
            if (PcscErrors.isNoService(e)) {
                throw new PcscUnavailableException(PcscErrors.NO_SERVICE_MESSAGE, e);
            }
            throw new PcscUnavailableException("PC/SC is not available in this JVM (" + causeText(e) + "): is "
                    + "pcscd running and libpcsclite installed?", e);
        } catch (RuntimeException | LinkageError e) {
            throw new PcscUnavailableException("PC/SC is not available in this JVM (" + causeText(e) + ")", e);
        }
        Pcsc pcsc = new Pcsc(factory.terminals());
        pcsc.readerNames(); // fails fast with a clear message when the service went away
        return pcsc;
    }

    private static String causeText(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** {@return the names of the connected readers (empty when none)} */
    public List<String> readerNames() {
        List<String> names = new ArrayList<>();
        for (CardTerminal t : list()) {
            names.add(t.getName());
        }
        return names;
    }

    /** {@return the connected readers with card presence and, where a card is present, its ATR} */
    public List<ReaderInfo> readers() {
        List<ReaderInfo> readers = new ArrayList<>();
        for (CardTerminal t : list()) {
            boolean present = PcscErrors.call("checking reader " + t.getName(), t::isCardPresent);
            Optional<byte[]> atr = Optional.empty();
            if (present) {
                atr = readAtr(t);
            }
            readers.add(new ReaderInfo(t.getName(), present, atr.map(Bytes::of)));
        }
        return readers;
    }

    private static Optional<byte[]> readAtr(CardTerminal t) {
        try {
            Card card = t.connect("*");
            try {
                return Optional.of(card.getATR().getBytes());
            } finally {
                card.disconnect(false);
            }
        } catch (CardException | RuntimeException e) {
            return Optional.empty(); // e.g. held exclusively by another application: presence is still known
        }
    }

    List<CardTerminal> list() {
        try {
            return terminals.list(CardTerminals.State.ALL);
        } catch (CardException e) {
            if ("SCARD_E_NO_READERS_AVAILABLE".equals(PcscErrors.pcscCode(e))) {
                return List.of();
            }
            throw PcscErrors.translate("listing readers", e);
        }
    }

    CardTerminals terminals() {
        return terminals;
    }

    private CardTerminal terminal(String reader) {
        for (CardTerminal t : list()) {
            if (t.getName().equals(reader)) {
                return t;
            }
        }
        throw new ReaderNotFoundException("no reader named '" + reader + "' (connected: " + readerNames() + ")");
    }

    /**
     * Waits until a card is in the reader; false on timeout.
     *
     * @param reader the reader's name
     * @param timeout how long to wait
     * @return whether a card is present before the timeout
     */
    public boolean waitForCardPresent(String reader, Duration timeout) {
        CardTerminal t = terminal(reader);
        return PcscErrors.call("waiting for a card in " + reader, () -> t.waitForCardPresent(millis(timeout)));
    }

    /**
     * Waits until the reader is empty; false on timeout.
     *
     * @param reader the reader's name
     * @param timeout how long to wait
     * @return whether the card was removed before the timeout
     */
    public boolean waitForCardAbsent(String reader, Duration timeout) {
        CardTerminal t = terminal(reader);
        return PcscErrors.call("waiting for the card to leave " + reader, () -> t.waitForCardAbsent(millis(timeout)));
    }

    private static long millis(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (a bounded wait)");
        }
        return Math.max(1L, timeout.toMillis());
    }

    /**
     * Connects to the card in the reader (shared mode).
     *
     * @throws CardAbsentException      when no card is present
     * @throws ReaderNotFoundException  when the reader is gone
     * @param reader the reader's name
     * @param protocol the transmission protocol to ask for
     * @return the connected card
     */
    public PcscCard connect(String reader, Protocol protocol) {
        return PcscCard.connect(terminal(reader), protocol);
    }

    /** {@return a card-event monitor over these readers (not started)} */
    public CardEventMonitor.Builder monitor() {
        return CardEventMonitor.builder(new PcscReaderSource(terminals));
    }
}

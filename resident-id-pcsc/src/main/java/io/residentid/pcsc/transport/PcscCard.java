package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.InvalidApduException;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;

/**
 * A card connected through PC/SC, used over the basic logical channel. Not thread-safe for interleaved exchanges:
 * use {@link #beginExclusive()} / {@link #endExclusive()} around a sequence that must not be interrupted by other
 * applications.
 *
 * <p>Note: the JDK already answers {@code 61xx} and {@code 6Cxx} itself for T=0 (and GET RESPONSE for T=1); the
 * {@link TransmissionRules} wrapper handles whatever is left, so both layers together never loop.
 */
public final class PcscCard implements ApduChannel {

    private final CardTerminal terminal;
    private final Protocol protocol;
    private Card card;
    private CardChannel channel;
    private boolean exclusive;

    private PcscCard(CardTerminal terminal, Protocol protocol, Card card) {
        this.terminal = terminal;
        this.protocol = protocol;
        this.card = card;
        this.channel = card.getBasicChannel();
    }

    static PcscCard connect(CardTerminal terminal, Protocol protocol) {
        try {
            return new PcscCard(terminal, protocol, terminal.connect(protocol.pcscName()));
        } catch (CardException e) {
            String code = PcscErrors.pcscCode(e);
            if ("SCARD_E_NO_SMARTCARD".equals(code) || "SCARD_W_REMOVED_CARD".equals(code)
                    || (code == null && isNoCard(e))) {
                throw new CardAbsentException("no card in reader " + terminal.getName(), e);
            }
            throw PcscErrors.translate("connecting to the card in " + terminal.getName(), e);
        }
    }

    private static boolean isNoCard(CardException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("no card");
    }

    @Override
    public synchronized ResponseApdu transmit(CommandApdu command) {
        if (card == null) {
            throw new CardTransportException("card is disconnected");
        }
        byte[] encoded = command.encode();
        try {
            byte[] response = channel.transmit(new CommandAPDU(encoded)).getBytes();
            return ResponseApdu.parse(response);
        } catch (CardException e) {
            throw PcscErrors.translate("transmitting " + String.format("INS %02X", command.ins()), e);
        } catch (InvalidApduException e) {
            throw new CardTransportException("the card answered with a malformed response: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CardTransportException("cannot transmit: " + e.getMessage(), e);
        } finally {
            if (command.isSensitive()) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    @Override
    public synchronized byte[] atr() {
        if (card == null) {
            throw new CardTransportException("card is disconnected");
        }
        return card.getATR().getBytes();
    }

    /** {@return the protocol in use, e.g. {@code "T=1"}} */
    public synchronized String protocol() {
        return card == null ? "" : card.getProtocol();
    }

    /** {@return the reader's name} */
    public String readerName() {
        return terminal.getName();
    }

    /** Starts an exclusive transaction: other applications cannot use the card until {@link #endExclusive()}. */
    public synchronized void beginExclusive() {
        PcscErrors.run("beginning an exclusive transaction", () -> requireCard().beginExclusive());
        exclusive = true;
    }

    /** Ends the exclusive transaction. */
    public synchronized void endExclusive() {
        PcscErrors.run("ending an exclusive transaction", () -> requireCard().endExclusive());
        exclusive = false;
    }

    /** Resets the card (cold reset through the reader) and connects again with the same protocol. */
    public synchronized void reset() {
        reconnect(true);
    }

    /** Disconnects without reset and connects again (e.g. after the card was reset by another application). */
    public synchronized void reconnect() {
        reconnect(false);
    }

    private void reconnect(boolean reset) {
        if (card != null) {
            try {
                card.disconnect(reset);
            } catch (CardException | IllegalStateException e) {
                // the old handle is gone anyway; connect again below
            }
        }
        card = null;
        channel = null;
        exclusive = false;
        card = PcscErrors.call("reconnecting to " + terminal.getName(), () -> terminal.connect(protocol.pcscName()));
        channel = card.getBasicChannel();
    }

    /**
     * Disconnects, optionally resetting the card. Idempotent.
     *
     * @param reset whether to reset the card on the way out
     */
    public synchronized void disconnect(boolean reset) {
        if (card == null) {
            return;
        }
        try {
            if (exclusive) {
                try {
                    card.endExclusive();
                } catch (CardException | IllegalStateException e) {
                    // disconnect below ends the transaction too
                }
            }
            card.disconnect(reset);
        } catch (CardException | IllegalStateException e) {
            // already disconnected or removed: nothing left to release
        } finally {
            card = null;
            channel = null;
            exclusive = false;
        }
    }

    @Override
    public void close() {
        disconnect(false);
    }

    private Card requireCard() {
        if (card == null) {
            throw new CardTransportException("card is disconnected");
        }
        return card;
    }
}

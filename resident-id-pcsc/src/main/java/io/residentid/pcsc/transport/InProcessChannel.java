package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.Arrays;

/**
 * A channel to a card in the same JVM (a software card): commands are encoded and responses parsed exactly as on
 * the wire, so the same code paths run as with a reader, only without PC/SC.
 */
public final class InProcessChannel implements ApduChannel {

    private final ApduProcessor card;
    private final byte[] atr;
    private volatile boolean closed;

    /**
     * A channel to a card in the same JVM.
     *
     * @param card the card that answers the commands
     * @param atr the card's answer-to-reset (copied)
     */
    public InProcessChannel(ApduProcessor card, byte[] atr) {
        if (card == null || atr == null) {
            throw new IllegalArgumentException("card and ATR are required");
        }
        this.card = card;
        this.atr = atr.clone();
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        if (closed) {
            throw new CardTransportException("channel is closed");
        }
        byte[] encoded = command.encode();
        try {
            return ResponseApdu.parse(card.process(encoded));
        } finally {
            if (command.isSensitive()) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public void close() {
        closed = true;
    }
}

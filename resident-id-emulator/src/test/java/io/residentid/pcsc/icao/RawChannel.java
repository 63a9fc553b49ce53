package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;

import java.util.function.UnaryOperator;

/** Test helper: an {@link ApduChannel} over a function from command bytes to response bytes (a responder). */
final class RawChannel implements ApduChannel {

    private final UnaryOperator<byte[]> card;

    private RawChannel(UnaryOperator<byte[]> card) {
        this.card = card;
    }

    static ApduChannel of(UnaryOperator<byte[]> card) {
        return new RawChannel(card);
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        return ResponseApdu.parse(card.apply(command.encode()));
    }

    @Override
    public byte[] atr() {
        return new byte[] {0x3B, 0x00};
    }

    @Override
    public void close() {
    }
}

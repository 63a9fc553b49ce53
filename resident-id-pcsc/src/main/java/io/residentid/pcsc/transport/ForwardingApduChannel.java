package io.residentid.pcsc.transport;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.Objects;

/**
 * A channel that adds behaviour to another one (tracing, transmission rules, counting, printing…). Unless a subclass
 * says otherwise, each command goes to the inner channel as is, the ATR is the inner channel's and closing closes
 * it.
 */
public abstract class ForwardingApduChannel implements ApduChannel {

    /** The channel this one adds behaviour to. */
    protected final ApduChannel inner;

    /**
     * A channel in front of {@code inner}.
     *
     * @param inner the channel this one adds behaviour to
     */
    protected ForwardingApduChannel(ApduChannel inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    /**
     * Sends the command to the inner channel.
     *
     * @param command the command to send
     * @return the inner channel's response
     */
    @Override
    public ResponseApdu transmit(CommandApdu command) {
        return inner.transmit(command);
    }

    /** {@return the inner channel's answer-to-reset} */
    @Override
    public byte[] atr() {
        return inner.atr();
    }

    /** Closes the inner channel. */
    @Override
    public void close() {
        inner.close();
    }
}

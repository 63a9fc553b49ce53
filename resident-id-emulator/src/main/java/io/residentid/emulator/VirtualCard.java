package io.residentid.emulator;

import io.residentid.pcsc.transport.ApduProcessor;

/**
 * A card that lives in software and can be put into a reader: it answers APDUs, has an ATR and reacts to the
 * reader's contact events. {@link VpcdClient} serves any virtual card to pcscd; {@link SoftCard} and
 * {@link ResidentCard} implement it.
 */
public interface VirtualCard extends ApduProcessor {

    /** {@return the answer to reset (a copy)} */
    byte[] atr();

    /** Contact deactivation: any session state (verified PINs, secure messaging, selection) is forgotten. */
    void powerOff();

    /** Contact activation: the card starts a fresh session. */
    void powerOn();

    /** Warm reset: a fresh session, as after power off and on. */
    void reset();

    /**
     * Commands processed so far.
     *
     * @return the number of commands processed so far
     */
    long commandCount();
}

package io.residentid.pcsc.emulator;

/** What an {@link Applet} may ask of the software card it runs on. */
public interface CardContext {

    /** Whether the PIN with this reference is verified in the current session. */
    boolean isVerified(int pinReference);

    /** Fresh random bytes from the card's random source. */
    byte[] random(int length);
}

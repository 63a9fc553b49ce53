package io.residentid.emulator;

/** What an {@link Applet} may ask of the software card it runs on. */
public interface CardContext {

    /**
     * Whether the PIN with this reference is verified in the current session.
     *
     * @param pinReference the PIN's reference
     * @return whether that PIN was verified in this session
     */
    boolean isVerified(int pinReference);

    /**
     * Fresh random bytes from the card's random source.
     *
     * @param length how many bytes
     * @return fresh random bytes
     */
    byte[] random(int length);

    /**
     * Runs a plain command through the card's own ISO/IEC 7816-4 handling (SELECT, READ BINARY, VERIFY, ...) in the
     * current selection state, bypassing the applet: lets an applet that unwraps secure messaging delegate the inner
     * command and wrap the answer.
     *
     * @param command the command
     * @return the card's ISO/IEC 7816-4 answer (file system, PINs)
     */
    io.residentid.pcsc.apdu.ResponseApdu processIso(io.residentid.pcsc.apdu.CommandApdu command);
}

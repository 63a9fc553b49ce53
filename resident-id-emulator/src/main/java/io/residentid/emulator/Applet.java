package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.Optional;

/**
 * An application on the software card, selected by its AID (SELECT P1 = 04). While selected it sees every command
 * first; it returns {@code null} to let the card's ISO/IEC 7816-4 handling answer (SELECT of its files, READ BINARY,
 * VERIFY, GET CHALLENGE...). The ICAO and PKI applets of the chip-reading work plug in here.
 */
public interface Applet {

    /** {@return the application identifier (5..16 bytes)} */
    byte[] aid();

    /** {@return the applet's files (its DF becomes the current DF on selection), if any} */
    default Optional<DedicatedFile> files() {
        return Optional.empty();
    }

    /**
     * Called when the applet is selected.
     *
     * @param context the card's state (PINs, randomness, ISO commands)
     */
    default void onSelect(CardContext context) {
    }

    /** Called when another application or the MF is selected, or the card is reset. */
    default void onDeselect() {
    }

    /**
     * Processes a command while the applet is selected.
     *
     * @return the response, or {@code null} to leave the command to the card's ISO handling
     * @param command the command, after the card's own ISO handling passed it on
     * @param context the card's state (PINs, randomness, ISO commands)
     */
    ResponseApdu process(CommandApdu command, CardContext context);
}

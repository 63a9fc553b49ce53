package io.residentid.mdoc.transport;

/**
 * Sends one encoded command APDU (ISO/IEC 7816-4) and returns the encoded response ({@code data || SW1 SW2}).
 * The mdoc module does not depend on the PC/SC module, so this one method is its link to a card reader: with the
 * SDK's PC/SC layer it is {@code c -> channel.transmit(CommandApdu.parse(c)).toBytes()}, with a software card its
 * {@code process} method.
 */
@FunctionalInterface
public interface ApduExchanger {

    /**
     * Transmits {@code command}.
     *
     * @param command the command APDU
     * @return the response APDU, at least the two status bytes
     */
    byte[] transmit(byte[] command);
}

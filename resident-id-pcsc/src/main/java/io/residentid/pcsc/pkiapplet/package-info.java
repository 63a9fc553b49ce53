/**
 * The PKI applet of a resident card: holder authentication with the PIN and the card's authentication key.
 *
 * <p>Entry point: {@link io.residentid.pcsc.pkiapplet.HolderAuthenticator} proves that the holder knows the PIN
 * and that the card holds the private key of an authentication certificate that chains to a trusted issuer; the
 * outcome is a {@link io.residentid.pcsc.pkiapplet.HolderAuthenticationResult}. Where the applet keeps its AID,
 * PIN and certificate files is a {@link io.residentid.pcsc.pkiapplet.PkiAppletProfile} (real cards differ per
 * issuer). Send it through {@link io.residentid.pcsc.icao.ChipSession#channel()} so the PIN travels under secure
 * messaging.
 */
package io.residentid.pcsc.pkiapplet;

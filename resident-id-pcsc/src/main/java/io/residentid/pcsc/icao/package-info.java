/**
 * ICAO Doc 9303 eMRTD chips (the GCC resident cards' ICAO applet): access control, the LDS files and the three
 * chip authentications.
 *
 * <p>Entry points:
 * <ul>
 *   <li>Read a card: {@link io.residentid.pcsc.icao.ChipReader} with an {@link io.residentid.pcsc.icao.AccessKey}
 *       (CAN or MRZ); the {@link io.residentid.pcsc.icao.ChipReadResult} holds the data groups, the verdicts
 *       (passive authentication, and active and chip authentication when the chip offers them), coded
 *       {@link io.residentid.pcsc.icao.ChipFindingCode} findings and
 *       {@link io.residentid.pcsc.icao.ChipReadResult#document()}, the card as a core
 *       {@link io.residentid.core.model.IdentityDocument}.</li>
 *   <li>Keep the secure channel for later commands (holder PIN): {@link
 * io.residentid.pcsc.icao.ChipReader#readAndKeepSession}.</li>
 *   <li>Files you already hold (archived evidence): the parsers {@link io.residentid.pcsc.icao.Dg1},
 *       {@link io.residentid.pcsc.icao.Dg2}, {@link io.residentid.pcsc.icao.Dg11} … {@link
 * io.residentid.pcsc.icao.EfSod}
 *       and {@link io.residentid.pcsc.icao.PassiveAuthenticator}.</li>
 * </ul>
 * Malformed files throw {@link io.residentid.pcsc.icao.LdsFormatException}; a wrong key
 * {@link io.residentid.pcsc.icao.AccessControlException}; a card lost mid-read
 * {@link io.residentid.pcsc.icao.ChipReadException}.
 */
package io.residentid.pcsc.icao;

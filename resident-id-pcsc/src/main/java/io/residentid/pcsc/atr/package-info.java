/**
 * Answer-to-Reset (ISO/IEC 7816-3 §8.2): {@link io.residentid.pcsc.atr.Atr} with its interface bytes per level
 * ({@link io.residentid.pcsc.atr.InterfaceBytes}), offered protocols, Fi/Di and TCK, and the historical bytes
 * (ISO/IEC 7816-4 §8.1.1, {@link io.residentid.pcsc.atr.HistoricalBytes}): COMPACT-TLV objects
 * ({@link io.residentid.pcsc.atr.CompactTlv}), card capabilities ({@link io.residentid.pcsc.atr.CardCapabilities},
 * including extended length) and the status indicator. Malformed ATRs throw
 * {@link io.residentid.pcsc.atr.AtrException} with a stable reason code.
 */
package io.residentid.pcsc.atr;

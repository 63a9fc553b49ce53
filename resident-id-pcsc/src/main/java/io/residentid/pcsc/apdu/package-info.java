/**
 * ISO/IEC 7816-4 APDUs: {@link io.residentid.pcsc.apdu.CommandApdu} (cases 1-4, short and extended, class byte
 * coding), {@link io.residentid.pcsc.apdu.ResponseApdu}, {@link io.residentid.pcsc.apdu.StatusWord} with localized
 * meanings, and the exceptions {@link io.residentid.pcsc.apdu.InvalidApduException} (malformed bytes or values) and
 * {@link io.residentid.pcsc.apdu.StatusWordException} (an unexpected status word).
 */
package io.residentid.pcsc.apdu;

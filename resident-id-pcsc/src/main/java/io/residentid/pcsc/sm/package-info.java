/**
 * ICAO secure messaging (Doc 9303-11 §9.8): protecting command APDUs and verifying responses with the session keys
 * that BAC or PACE establish.
 *
 * <p>Entry points: most callers never use this package directly, since
 * {@link io.residentid.pcsc.icao.ChipReader} sets up access control and secure messaging itself. To speak secure
 * messaging over a channel yourself, wrap it in a {@link io.residentid.pcsc.sm.SecureMessagingChannel} with
 * {@link io.residentid.pcsc.sm.SessionKeys}; {@link io.residentid.pcsc.sm.SecureMessaging} is the same protocol
 * without a channel (both sides, as the emulator needs), and {@link io.residentid.pcsc.sm.BacAuthentication} the
 * BAC cryptograms. Failures are {@link io.residentid.pcsc.sm.SecureMessagingException}s: a bad MAC
 * ({@link io.residentid.pcsc.sm.MacVerificationException}) ends the session.
 */
package io.residentid.pcsc.sm;

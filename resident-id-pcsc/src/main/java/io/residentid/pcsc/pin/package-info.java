/**
 * PIN handling under a policy that never retries and refuses the last try unless allowed:
 * {@link io.residentid.pcsc.pin.PinReference}, {@link io.residentid.pcsc.pin.PinService},
 * {@link io.residentid.pcsc.pin.PinResult}.
 */
package io.residentid.pcsc.pin;

/**
 * Channels to cards: {@link io.residentid.pcsc.transport.ApduChannel} and its implementations (PC/SC through
 * {@code javax.smartcardio}, in-process), the wrappers {@link io.residentid.pcsc.transport.TransmissionRules} and
 * {@link io.residentid.pcsc.transport.ApduTrace}, and the {@link io.residentid.pcsc.transport.CardEventMonitor}.
 * Secure messaging is meant to be one more wrapper.
 */
package io.residentid.pcsc.transport;

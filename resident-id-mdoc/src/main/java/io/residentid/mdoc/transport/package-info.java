/** Transports of session messages: in memory and NFC (static handover, ENVELOPE/GET RESPONSE over APDUs). */
package io.residentid.mdoc.transport;

/** The emulated mdoc holder: test PKI, issuer, holder device with consent, contactless card, test VICAL. */
package io.residentid.emulator.mdoc;

/**
 * ISO/IEC 18013-5 mdoc reader: device engagement, session encryption, device request and response, issuer and device
 * authentication.
 */
package io.residentid.mdoc;

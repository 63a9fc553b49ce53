/**
 * Issuing QR credentials (the issuer side, for authorities and test set-ups).
 *
 * <p>Start with {@link io.residentid.qr.issue.CredentialIssuer}: built from a
 * {@link io.residentid.qr.trust.SigningKey} and the issuer's {@code https} URI, it turns an
 * {@link io.residentid.core.model.IdentityDocument} (or complete {@link io.residentid.qr.format.CredentialClaims})
 * into a signed, compressed compact JWS and its QR text, returned as an
 * {@link io.residentid.qr.issue.IssuedCredential}. Names are written in Unicode NFC and suspicious names are
 * refused, so what is issued always verifies cleanly. Render the text with
 * {@link io.residentid.qr.image.QrRenderer}.
 */
package io.residentid.qr.issue;

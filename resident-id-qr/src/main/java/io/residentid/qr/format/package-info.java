/**
 * The QR credential format of {@code FORMAT.md}: the claims and their codec, the QR text, and the coded failures.
 *
 * <p>Start with {@link io.residentid.qr.format.CredentialClaims}: what a credential says, built on the SDK's common
 * model ({@link io.residentid.core.model.IdentityDocument} and its {@link io.residentid.core.model.Person}), so a
 * verified QR credential compares directly with a chip or mdoc read. {@link io.residentid.qr.format.ClaimsCodec}
 * maps those claims to and from the compact wire JSON (short member names, day-count dates) and reads it strictly;
 * {@link io.residentid.qr.format.QrText} turns a compact JWS into the numeric {@code rid:/…} text of the symbol.
 * {@link io.residentid.qr.format.FailureCode} names every way a credential can fail, each with English and Arabic
 * text; {@link io.residentid.qr.format.SignatureAlgorithm} lists the two algorithms accepted (ES256, EdDSA).
 *
 * <p>To issue or verify a credential, use {@link io.residentid.qr.issue.CredentialIssuer} and
 * {@link io.residentid.qr.verify.CredentialVerifier}; this package only describes what they exchange.
 */
package io.residentid.qr.format;

/**
 * Who may issue credentials: trust lists of issuers and their keys, and the issuer's own signing key.
 *
 * <p>Start with {@link io.residentid.qr.trust.TrustList}: the issuers a verifier trusts
 * ({@link io.residentid.qr.trust.TrustedIssuer}, each bound to one country, a validity window and its keys), read
 * from JSON or from a signed list with rollback protection ({@link io.residentid.qr.trust.SignedTrustListReader}).
 * A key in a list is an {@link io.residentid.qr.trust.IssuerKey} (public key, algorithm, {@code kid}, active
 * period, {@link io.residentid.qr.trust.KeyStatus}); an issuer signs with a
 * {@link io.residentid.qr.trust.SigningKey}. Keys are found by {@code kid} only; nothing in a credential can add
 * one. Bad lists fail with {@link io.residentid.qr.trust.TrustListException}.
 */
package io.residentid.qr.trust;

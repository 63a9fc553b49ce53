/**
 * Verifying QR credentials offline.
 *
 * <p>Start with {@link io.residentid.qr.verify.CredentialVerifier}: built on a
 * {@link io.residentid.qr.trust.TrustList} (and optionally a {@link io.residentid.qr.status.StatusChecker}), it
 * checks a scanned {@code rid:/…} text in a fixed order — sizes, header, key by {@code kid}, signature, and only then
 * the claims, issuer, country, validity and status — and never throws on bad input. The result is a
 * {@link io.residentid.qr.verify.VerificationReport}: a verdict, coded findings in English or Arabic, and, when the
 * credential is valid, its claims and the verified {@link io.residentid.core.model.IdentityDocument}.
 */
package io.residentid.qr.verify;

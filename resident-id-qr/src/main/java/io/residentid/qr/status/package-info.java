/**
 * Revocation through IETF Token Status Lists: a credential names its index in a list; the list is a signed,
 * compressed bit string fetched and cached by the relying party.
 *
 * <p>Start with {@link io.residentid.qr.status.StatusChecker}, which the verifier consults: it gets signed list
 * tokens from a {@link io.residentid.qr.status.StatusListProvider} (for example
 * {@link io.residentid.qr.status.FileStatusListProvider} for offline use), checks them with
 * {@link io.residentid.qr.status.StatusListToken} against the issuer's keys, and applies a stale-list policy.
 * Issuers build and sign lists with {@link io.residentid.qr.status.StatusList} and
 * {@link io.residentid.qr.status.StatusListToken#sign}. Malformed lists fail with
 * {@link io.residentid.qr.status.StatusListException}.
 */
package io.residentid.qr.status;

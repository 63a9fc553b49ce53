package io.residentid.pcsc.pkiapplet;

import io.residentid.core.model.Masking;
import io.residentid.core.report.Finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of holder authentication with the card's PKI applet. {@link #toString()} hides the subject (it holds the
 * holder's name and civil number) and prints finding codes only.
 *
 * @param status     the verdict
 * @param subject    subject DN of the authentication certificate, when read
 * @param triesLeft  PIN tries left after a rejected PIN, else -1
 * @param findings   chain-validation findings
 */
public record HolderAuthenticationResult(Status status, Optional<String> subject, int triesLeft,
        List<Finding> findings) {

    /** Verdicts. */
    public enum Status {
        /** The holder proved possession of the card and the PIN; signature and chain verified. */
        AUTHENTICATED,
        /** The card rejected the PIN. */
        PIN_REJECTED,
        /** The PIN is blocked (unblock with the PUK). */
        PIN_BLOCKED,
        /** One try left: nothing was sent (the caller must allow the last attempt explicitly). */
        LAST_ATTEMPT_REFUSED,
        /** The card cannot report the PIN tries left: nothing was sent (the caller must allow unknown tries). */
        TRIES_UNKNOWN_REFUSED,
        /** The card's signature over the challenge does not verify with its certificate. */
        SIGNATURE_INVALID,
        /** The certificate does not chain to a trusted national CA (or is not fit for card authentication). */
        CHAIN_INVALID,
        /** No trusted national CA configured: the signature verified, the chain could not be checked. */
        CHAIN_INDETERMINATE,
        /** The applet or its certificate is missing, or the card refused to sign. */
        UNAVAILABLE
    }

    /**
     * Creates the record, checking its components.
     *
     * @param status the verdict
     * @param subject subject DN of the authentication certificate, when read
     * @param triesLeft PIN tries left after a rejected PIN, else -1
     * @param findings chain-validation findings
     */
    public HolderAuthenticationResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        findings = List.copyOf(findings);
    }

    @Override
    public String toString() {
        return "HolderAuthenticationResult[status=" + status + ", subject=" + subject.map(Masking::hidden)
                + ", triesLeft=" + triesLeft + ", findings=" + findings.stream().map(f -> f.severity() + " "
                + f.code()).toList() + "]";
    }
}

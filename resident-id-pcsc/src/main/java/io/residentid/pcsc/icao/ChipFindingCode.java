package io.residentid.pcsc.icao;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The finding codes of a chip read ({@link ChipReader}) and of passive authentication: stable codes, default
 * severities and bilingual messages ({@code messages.properties} / {@code messages_ar.properties} of this package).
 */
public enum ChipFindingCode implements FindingCode {
    /** A data group could not be parsed and was skipped. */
    DG_MALFORMED(Severity.ERROR),
    /** The chip refused to release a data group. */
    DG_ACCESS_DENIED(Severity.WARNING),
    /** A data group's hash differs from the one in EF.SOD. */
    DG_HASH_MISMATCH(Severity.ERROR),
    /** A data group was read that EF.SOD does not list. */
    DG_NOT_IN_SOD(Severity.ERROR),
    /** EF.SOD is absent or malformed. */
    SOD_MALFORMED(Severity.ERROR),
    /** EF.SOD's signature does not verify. */
    SOD_SIGNATURE_INVALID(Severity.ERROR),
    /** The document signer does not chain to a trusted CSCA. */
    SOD_CHAIN_INVALID(Severity.ERROR),
    /** No trusted CSCA to check the document signer against. */
    SOD_CHAIN_INDETERMINATE(Severity.WARNING),
    /** Active authentication failed. */
    AA_FAILED(Severity.ERROR),
    /** The active-authentication key or algorithm is not supported: no active-authentication verdict. */
    AA_UNSUPPORTED(Severity.WARNING),
    /** The chip offers no active authentication (no DG15): no active-authentication verdict. */
    AA_NOT_OFFERED(Severity.INFO),
    /** Active authentication was turned off in the reader's configuration: no active-authentication verdict. */
    AA_SKIPPED(Severity.INFO),
    /** Chip authentication failed. */
    CA_FAILED(Severity.ERROR),
    /** DG14's chip-authentication key or algorithm is not supported: no chip-authentication verdict. */
    CA_UNSUPPORTED(Severity.WARNING),
    /** The chip offers no chip authentication (no DG14): no chip-authentication verdict. */
    CA_NOT_OFFERED(Severity.INFO),
    /** Chip authentication was turned off in the reader's configuration: no chip-authentication verdict. */
    CA_SKIPPED(Severity.INFO),
    /**
     * Active or chip authentication passed but passive authentication did not, so their verdict is INDETERMINATE:
     * a genuine chip proves nothing about data that is not signed by a trusted issuer.
     */
    NOT_COUNTED_WITHOUT_PASSIVE_AUTHENTICATION(Severity.WARNING),
    /**
     * The chip was opened with BAC although its signed security infos (DG14) announce PACE: EF.CardAccess was
     * missing, refused or unreadable, as when a man in the middle hides it to force the weaker protocol. An error
     * unless the reader was built to accept downgrades ({@link ChipReader.Builder#acceptPaceDowngrade(boolean)}).
     */
    PACE_DOWNGRADE(Severity.ERROR);

    private final Severity severity;

    ChipFindingCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}

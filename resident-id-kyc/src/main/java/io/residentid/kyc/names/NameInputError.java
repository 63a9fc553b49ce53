package io.residentid.kyc.names;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;

/** Why a name could not be compared at all (the codes of {@link NameInputException}). */
public enum NameInputError implements FindingCode {
    /** No name was given ({@code null}). */
    NAME_MISSING,
    /** The name, or one part of it, is longer than the matcher's limit. */
    NAME_TOO_LONG,
    /** The name has more parts than the matcher's limit. */
    NAME_TOO_MANY_PARTS;

    private static final Messages MESSAGES = Messages.forPackageOf(NameInputError.class);


    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Messages messages() {
        return MESSAGES;
    }
}

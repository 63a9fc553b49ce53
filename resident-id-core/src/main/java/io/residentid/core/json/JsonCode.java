package io.residentid.core.json;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/** Why a JSON document was refused. Messages never quote the input. */
public enum JsonCode implements FindingCode {
    /** No input was given. */
    JSON_EMPTY,
    /** Not well-formed JSON, or more than one value. */
    JSON_MALFORMED,
    /** Longer than the limit. */
    JSON_TOO_LARGE,
    /** Nested deeper than the limit. */
    JSON_TOO_DEEP,
    /** More values than the limit. */
    JSON_TOO_MANY_VALUES,
    /** A string or property name longer than the limit. */
    JSON_STRING_TOO_LONG,
    /** A number too long, too large, too small or with too many decimals. */
    JSON_NUMBER_OUT_OF_RANGE,
    /** A property name repeated in one object. */
    JSON_DUPLICATE_KEY,
    /** A property this document type does not define. */
    JSON_UNKNOWN_FIELD,
    /** A required property is absent. */
    JSON_MISSING_FIELD,
    /** A value of the wrong type or format. */
    JSON_WRONG_TYPE,
    /** A value outside the range its field allows. */
    JSON_VALUE_OUT_OF_RANGE;

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}

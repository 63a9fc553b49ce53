package io.residentid.kyc.names;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;

/**
 * The rule by which one part of a name was paired with a part of the other name (or why it was not). The codes are
 * stable; the message (English or Arabic) names the two parts.
 */
public enum MatchRule implements FindingCode {
    /** The same text, ignoring case. */
    EXACT,
    /** The same once case, accents, Arabic letter forms, marks and invisible characters are normalised. */
    NORMALISED,
    /** Two spellings listed in the same variant group of the name data (e.g. Mohammed / Muhammad / محمد). */
    VARIANT,
    /** An Arabic-script part and a Latin part with the same consonant skeleton after transliteration. */
    TRANSLITERATION,
    /** Two parts in the same script that sound the same: same consonant skeleton, compatible vowels. */
    PHONETIC,
    /** Alike but not the same name (the score says how alike). */
    SIMILAR,
    /** A compound name written as one part on one side and as several on the other (Abdul Rahman / Abdulrahman). */
    COMPOUND,
    /** A single letter that is the initial of the other part. */
    INITIAL,
    /** An MRZ part cut short by the field length, a prefix of the other part. */
    TRUNCATED,
    /** A connector or article (bin, ibn, bint, al, el…) that need not match. */
    PARTICLE,
    /** A part with no counterpart in the other name (e.g. a middle name given on one side only). */
    UNMATCHED,
    /** A name with no Latin or Arabic letters left to compare. */
    EMPTY_NAME;

    private static final Messages MESSAGES = Messages.forPackageOf(MatchRule.class);


    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public Messages messages() {
        return MESSAGES;
    }
}

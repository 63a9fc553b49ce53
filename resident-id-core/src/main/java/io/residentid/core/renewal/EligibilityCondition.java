package io.residentid.core.renewal;

/**
 * A condition over {@link ResidentFacts} that a pack may require for a process. Each is evaluated to
 * {@link ConditionResult#PASS}, {@link ConditionResult#FAIL} or {@link ConditionResult#UNKNOWN} (fact missing).
 */
public enum EligibilityCondition {
    /** The holder is in the country ({@link ResidentFacts#inCountry()}). */
    IN_COUNTRY,
    /** The passport is valid on the assessment date ({@link ResidentFacts#passportExpiry()} or
     * {@link ResidentFacts#passportValid()}). */
    VALID_PASSPORT,
    /** The residence permit is valid or being renewed ({@link ResidentFacts#residenceValid()}). */
    RESIDENCE_VALID,
    /** No unpaid fines, traffic fines included ({@link ResidentFacts#unpaidFines()}). */
    NO_UNPAID_FINES,
    /** A valid, registered work contract when the holder is an employment-sponsored worker. */
    VALID_WORK_CONTRACT,
    /** Valid health insurance ({@link ResidentFacts#healthInsuranceValid()}). */
    HEALTH_INSURANCE,
    /** Fingerprints on file ({@link ResidentFacts#fingerprintsOnFile()}). */
    FINGERPRINTS_ON_FILE,
    /** A recent photo meeting the official specification ({@link ResidentFacts#recentPhoto()}). */
    RECENT_PHOTO,
    /** Not reported absent from work ({@link ResidentFacts#reportedAbsent()}). */
    NOT_REPORTED_ABSENT,
    /** No sons aged 21 or more registered as dependants ({@link ResidentFacts#adultSonDependants()}). */
    NO_ADULT_SON_DEPENDANTS,
    /** Old enough for the online service (from an age rule of kind {@code ESERVICES}). */
    ONLINE_SERVICES_AGE
}

package io.residentid.core.renewal;

import io.residentid.core.renewal.RulePack.AgeRule;
import io.residentid.core.renewal.RulePack.BiometricsRule;
import io.residentid.core.renewal.RulePack.EligibilityRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may renew and what they must bring: evaluates the pack's eligibility conditions against the resident's facts
 * (a missing fact gives {@link ConditionResult#UNKNOWN}, never a guess), applies its age rules, and lists the required
 * documents and whether biometrics are needed. Stateless.
 */
final class EligibilityCheck {

    private EligibilityCheck() {
    }

    static List<ConditionCheck> eligibility(RulePack pack, RenewalProcess process, ResidentFacts f,
                                                    LocalDate date) {
        List<EligibilityRule> rules = pack.eligibilityFor(process);
        List<ConditionCheck> out = new ArrayList<>(rules.size() + 1);
        for (EligibilityRule rule : rules) {
            out.add(new ConditionCheck(rule.condition(), evaluate(rule.condition(), f, date), rule.id(),
                    rule.sourceId()));
        }
        return out;
    }

    static void ageNotes(RulePack pack, ResidentFacts f, LocalDate date, List<ConditionCheck> eligibility,
                                 List<RenewalNote> notes) {
        if (pack.ageRules().isEmpty()) {
            return;
        }
        Integer age = age(f, date);
        for (AgeRule rule : pack.ageRules()) {
            switch (rule.kind()) {
                case ESERVICES -> eligibility.add(new ConditionCheck(EligibilityCondition.ONLINE_SERVICES_AGE,
                        age == null ? ConditionResult.UNKNOWN
                                : age >= rule.minAge() ? ConditionResult.PASS : ConditionResult.FAIL,
                        rule.id(), rule.sourceId()));
                case CARD_REQUIRED -> {
                    if (age != null && age < rule.minAge()) {
                        notes.add(holderNote(RenewalNoteCode.CARD_NOT_REQUIRED_YET, f, rule.minAge(), age));
                        if (rule.within() != null && rule.fine() != null) {
                            notes.add(RenewalNote.of(RenewalNoteCode.CARD_REQUIRED_WITHIN, rule.within().toString(),
                                    rule.minAge(), rule.fine().toPlainString() + " " + pack.currency()));
                        }
                    }
                }
                case ID_COMPULSORY -> {
                    if (age != null && age < rule.minAge()) {
                        notes.add(holderNote(RenewalNoteCode.ID_NOT_COMPULSORY_YET, f, rule.minAge(), age));
                    }
                }
                default -> throw new IllegalStateException("unhandled age rule " + rule.kind());
            }
        }
    }

    static Integer age(ResidentFacts f, LocalDate date) {
        LocalDate dob = f.rawDateOfBirth();
        if (dob == null || dob.isAfter(date)) {
            return null;
        }
        return Period.between(dob, date).getYears();
    }

    static ConditionResult evaluate(EligibilityCondition condition, ResidentFacts f, LocalDate date) {
        return switch (condition) {
            case IN_COUNTRY -> is(f.rawInCountry());
            case VALID_PASSPORT -> f.rawPassportExpiry() != null
                    ? (f.rawPassportExpiry().isBefore(date) ? ConditionResult.FAIL : ConditionResult.PASS)
                    : is(f.rawPassportValid());
            case RESIDENCE_VALID -> is(f.rawResidenceValid());
            case NO_UNPAID_FINES -> not(f.rawUnpaidFines());
            case VALID_WORK_CONTRACT -> f.rawSponsoredWorker() == null ? ConditionResult.UNKNOWN
                    : !f.rawSponsoredWorker() ? ConditionResult.PASS : is(f.rawWorkContractValid());
            case HEALTH_INSURANCE -> is(f.rawHealthInsuranceValid());
            case FINGERPRINTS_ON_FILE -> is(f.rawFingerprintsOnFile());
            case RECENT_PHOTO -> is(f.rawRecentPhoto());
            case NOT_REPORTED_ABSENT -> not(f.rawReportedAbsent());
            case NO_ADULT_SON_DEPENDANTS -> not(f.rawAdultSonDependants());
            case ONLINE_SERVICES_AGE -> ConditionResult.UNKNOWN; // computed from age rules, not a plain fact
        };
    }

    private static ConditionResult is(Boolean fact) {
        return fact == null ? ConditionResult.UNKNOWN : fact ? ConditionResult.PASS : ConditionResult.FAIL;
    }

    private static ConditionResult not(Boolean fact) {
        return fact == null ? ConditionResult.UNKNOWN : fact ? ConditionResult.FAIL : ConditionResult.PASS;
    }

    static List<RequiredDocument> documents(RulePack pack, RenewalProcess process) {
        return pack.documentsFor(process);
    }

    static boolean biometricsRequired(RulePack pack, RenewalProcess process, ResidentFacts f) {
        BiometricsRule rule = pack.biometrics().orElse(null);
        if (rule == null || !rule.processes().contains(process)) {
            return false;
        }
        return !rule.onlyWithoutFingerprints() || !Boolean.TRUE.equals(f.rawFingerprintsOnFile());
    }

    /** A note about the holder: the holder's sex, when known, follows its arguments so Arabic text agrees. */
    private static RenewalNote holderNote(RenewalNoteCode code, ResidentFacts f, Object... arguments) {
        if (f.rawSex() == null) {
            return RenewalNote.of(code, arguments);
        }
        Object[] withSex = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        withSex[arguments.length] = String.valueOf(f.rawSex().mrzCode());
        return RenewalNote.of(code, withSex);
    }
}

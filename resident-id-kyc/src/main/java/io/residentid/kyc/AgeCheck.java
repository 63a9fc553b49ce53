package io.residentid.kyc;

import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** The holder's age against the policy's minimum, from the most authoritative date of birth available. */
final class AgeCheck extends KycCheck {

    AgeCheck() {
        super("age");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        Optional<LocalDate> birth = c.dg1().map(Mrz::dateOfBirth)
                .or(() -> c.qrDocument().map(r -> r.holder().dateOfBirth()))
                .or(() -> c.ocrMrz().map(Mrz::dateOfBirth))
                .or(() -> c.evidence.declared().map(DeclaredData::dateOfBirth));
        if (birth.isEmpty()) {
            return notRun(KycCode.BIRTH_DATE_UNKNOWN.finding());
        }
        int minimum = c.policy.minimumAge();
        boolean adult = !birth.get().isAfter(c.today) && Period.between(birth.get(), c.today).getYears() >= minimum;
        String sex = holderSex(c);
        return outcome(List.of(adult ? KycCode.AGE_CONFIRMED.finding(minimum, sex)
                : KycCode.UNDERAGE.finding(minimum, sex)));
    }

    /**
     * The holder's sex as an MRZ code ({@code M}, {@code F}, {@code X} when unknown), from the same sources in the
     * same order as the date of birth: Arabic sentences about the holder agree with it.
     */
    static String holderSex(KycContext c) {
        Optional<Sex> sex = c.dg1().map(Mrz::sex)
                .or(() -> c.qrDocument().map(d -> d.holder().sex()))
                .or(() -> c.ocrMrz().map(Mrz::sex));
        if (sex.isPresent()) {
            return String.valueOf(sex.get().mrzCode());
        }
        return c.evidence.declared().map(DeclaredData::sex).filter(s -> s.equals("M") || s.equals("F")).orElse("X");
    }
}

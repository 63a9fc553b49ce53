package io.residentid.kyc;

import io.residentid.core.mrz.Mrz;
import io.residentid.qr.format.RidClaims;

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
                .or(() -> c.qrClaims().map(RidClaims::dateOfBirth))
                .or(() -> c.ocrMrz().map(Mrz::dateOfBirth))
                .or(() -> c.evidence.declared().map(DeclaredData::dateOfBirth));
        if (birth.isEmpty()) {
            return notRun(KycCode.BIRTH_DATE_UNKNOWN.finding());
        }
        int minimum = c.policy.minimumAge();
        boolean adult = !birth.get().isAfter(c.today) && Period.between(birth.get(), c.today).getYears() >= minimum;
        return outcome(List.of(adult ? KycCode.AGE_CONFIRMED.finding(minimum)
                : KycCode.UNDERAGE.finding(minimum)));
    }
}

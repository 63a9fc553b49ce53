package io.residentid.kyc;

/**
 * Holder authentication (a signature by the card's PKI applet over the bank's challenge). Its transcript is not
 * yet part of {@link KycEvidence}, so this check reports that it did not run.
 */
final class HolderAuthenticationCheck implements KycCheck {

    static final String ID = "holder-authentication";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckOutcome run(KycContext c) {
        return CheckOutcome.notRun(ID, KycCode.HOLDER_AUTH_ABSENT.finding());
    }
}

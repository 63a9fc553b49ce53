package io.residentid.emulator.mdoc;

import io.residentid.emulator.ResidentPersona;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.response.DeviceAuthMethod;
import io.residentid.mdoc.response.MdocDocTypes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A ready-made emulated phone for demos and tests: a fresh test PKI, a device key, and a persona's mDL and resident
 * mdoc issued now and valid for a year.
 *
 * @param pki    the issuing PKI (trust its IACA)
 * @param holder the holder device
 */
public record EmulatedPhone(MdocTestPki pki, MdocHolder holder) {

    /**
     * A phone for {@code persona} with the given consent and device authentication.
     *
     * @param persona whose documents the phone holds
     * @param consent what the holder agrees to release
     * @param method how the phone authenticates its responses
     * @return a phone holding the persona's resident mdoc and mDL
     */
    public static EmulatedPhone create(ResidentPersona persona, ConsentPolicy consent, DeviceAuthMethod method) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MdocTestPki pki = MdocTestPki.create(MdocPersonas.issuingCountryAlpha2(persona), now.minus(Duration.ofDays(1)));
        MdocKeyPair deviceKey = MdocKeyPair.generate(CoseCurve.P_256);
        MdocIssuer issuer = new MdocIssuer(pki);
        Instant until = now.plus(Duration.ofDays(365));
        MdocHolder holder = MdocHolder.builder().deviceKey(deviceKey).consent(consent).deviceAuthentication(method)
                .add(issuer.issue(MdocDocTypes.MDL, MdocPersonas.mdl(persona), deviceKey.publicKey(), now, until))
                .add(issuer.issue(MdocDocTypes.RESIDENT, MdocPersonas.resident(persona), deviceKey.publicKey(), now,
                        until))
                .build();
        return new EmulatedPhone(pki, holder);
    }

    /** {@return the demo persona's phone, releasing everything, authenticating with a MAC} */
    public static EmulatedPhone demo() {
        return create(ResidentPersona.demo(), ConsentPolicy.releaseAll(), DeviceAuthMethod.MAC);
    }
}

package io.residentid.pcsc.pkiapplet;

import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderAuthenticatorTest {

    @Test
    void rightPinAuthenticatesTheHolder() {
        ResidentCard card = ResidentCard.demo();
        HolderAuthenticator auth = HolderAuthenticator.builder()
                .trustStore(TrustStore.of(List.of(card.nationalCa()))).build();
        HolderAuthenticationResult r = auth.authenticate(card.channel(), "123456".toCharArray());
        assertEquals(HolderAuthenticationResult.Status.AUTHENTICATED, r.status(), r.findings().toString());
        assertTrue(r.subject().orElseThrow().contains("Authentication"));
    }

    @Test
    void wrongPinIsReportedWithTriesAndLastTryIsRefused() {
        ResidentCard card = ResidentCard.demo();
        HolderAuthenticator auth = HolderAuthenticator.builder().build();
        HolderAuthenticationResult first = auth.authenticate(card.channel(), "000000".toCharArray());
        assertEquals(HolderAuthenticationResult.Status.PIN_REJECTED, first.status());
        assertEquals(2, first.triesLeft());
        auth.authenticate(card.channel(), "000000".toCharArray());
        HolderAuthenticationResult third = auth.authenticate(card.channel(), "000000".toCharArray());
        assertEquals(HolderAuthenticationResult.Status.LAST_ATTEMPT_REFUSED, third.status());
    }

    @Test
    void untrustedNationalCaFailsTheChain() {
        ResidentCard card = ResidentCard.demo();
        HolderAuthenticator auth = HolderAuthenticator.builder()
                .trustStore(TrustStore.of(List.of(ResidentCard.demo().nationalCa()))).build();
        assertEquals(HolderAuthenticationResult.Status.CHAIN_INVALID,
                auth.authenticate(card.channel(), "123456".toCharArray()).status());
        assertEquals(HolderAuthenticationResult.Status.CHAIN_INDETERMINATE, HolderAuthenticator.builder().build()
                .authenticate(card.channel(), "123456".toCharArray()).status());
    }
}

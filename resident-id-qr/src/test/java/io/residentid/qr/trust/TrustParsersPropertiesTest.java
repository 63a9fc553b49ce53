package io.residentid.qr.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListException;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Trust-list and status-list parsers throw only their documented exceptions, whatever the input. */
class TrustParsersPropertiesTest {

    private static final TrustedIssuer OMAN = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow();
    private static final String GOOD_LIST = new String(Fixtures.trustList().toJson(), StandardCharsets.UTF_8);

    @Property(tries = 500)
    void trustListParserOnlyThrowsTrustListException(@ForAll @StringLength(max = 300) String json) {
        try {
            TrustList.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (TrustListException e) {
            // expected
        }
    }

    @Property(tries = 300)
    void mutatedTrustListsParseOrFailCleanly(@ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll char replacement) {
        int p = position % GOOD_LIST.length();
        String mutated = GOOD_LIST.substring(0, p) + replacement + GOOD_LIST.substring(p + 1);
        try {
            TrustList.parse(mutated.getBytes(StandardCharsets.UTF_8));
        } catch (TrustListException e) {
            // expected for most mutations
        }
    }

    @Property(tries = 500)
    void signedTrustListParserOnlyThrowsTrustListException(@ForAll @StringLength(max = 300) String jws) {
        try {
            TrustList.parseSigned(jws, Fixtures.ES256_KEY.issuerKey());
        } catch (TrustListException e) {
            // expected
        }
    }

    @Property(tries = 500)
    void statusTokenParserOnlyThrowsStatusListException(@ForAll @StringLength(max = 300) String token) {
        try {
            StatusListToken.parse(token, OMAN, 1 << 16);
        } catch (StatusListException e) {
            // expected
        }
    }

    @Property(tries = 500)
    void statusListDecoderOnlyThrowsStatusListException(@ForAll @StringLength(max = 200) String lst,
                                                        @ForAll @IntRange(min = -1, max = 9) int bits) {
        try {
            StatusList.decode(bits, lst, 1 << 16);
        } catch (StatusListException e) {
            // expected
        }
    }

    @Property(tries = 200)
    void statusListsRoundTrip(@ForAll @Size(min = 1, max = 50) java.util.List<@IntRange(min = 0, max = 9999) Integer> revoked) throws Exception {
        StatusList list = StatusList.create(2, 10_000);
        for (int i : revoked) {
            list.set(i, StatusList.INVALID);
        }
        StatusList back = StatusList.decode(2, list.encodedList(), 1 << 16);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(list.get(i), back.get(i));
        }
    }
}

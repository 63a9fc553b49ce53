package io.residentid.pcsc.apdu;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import io.residentid.pcsc.fuzz.PcscFuzz;
import java.util.List;

/**
 * Fuzz target for the APDU codec: {@link CommandApdu#parse} and {@link ResponseApdu#parse} (all ISO 7816-4 cases,
 * short and extended) throw only {@link InvalidApduException}.
 */
class ApduFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("ApduFuzz", InvalidApduException.class);
    static final List<FuzzCorpus.Seed> CORPUS = PcscFuzz.hex("apdu", "00A4040C07A0000002471001", "00B0000000FFFF",
            "0084000008", "00B0000000", "00A4020C020101", "0C B0 00 00 0D 97 01 00 8E 08 01 02 03 04 05 06 07 08 00",
            "00 2A 00 BE 00 00 05 01 02 03 04 05 00 00", "80CA9F7F00", "00 20 00 81 08 31 32 33 34 FF FF FF FF",
            "6F108408A000000151000000A5049F6501FF9000", "9000", "6A82", "61FF");

    ApduFuzz() {
        super(HARNESS, PcscFuzz.REGRESSIONS_ROOT, CORPUS, CORPUS, ApduFuzz::target);
    }

    static void target(byte[] input) {
        try {
            CommandApdu.parse(input).toString();
        } finally {
            ResponseApdu.parse(input).toString();
        }
    }
}

package io.residentid.pcsc.atr;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import io.residentid.pcsc.fuzz.PcscFuzz;
import java.util.List;

/**
 * Fuzz target for the ATR codec: {@link Atr#parse} and {@link Atr#parseStrict} throw only {@link AtrException},
 * and a parsed ATR describes itself (historical bytes, capabilities) without throwing.
 */
class AtrFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("AtrFuzz", AtrException.class);
    static final List<FuzzCorpus.Seed> CORPUS = PcscFuzz.hex("atr", "3B8F8001804F0CA000000306030001000000006A",
            "3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75", "3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41",
            "3B 80 F1 11", "3B 02 10 05", "3B 03 80 73 C0", "3BDD18008131FE4580F9A0000000770100700A90008B",
            "3F 65 25 00 2C 09 69 90 00", "3B 88 80 01 00 00 00 00 33 81 81 00 3A");

    AtrFuzz() {
        super(HARNESS, PcscFuzz.REGRESSIONS_ROOT, CORPUS, CORPUS, AtrFuzz::target);
    }

    static void target(byte[] input) {
        try {
            Atr.parseStrict(input).toString();
        } finally {
            Atr atr = Atr.parse(input);
            atr.toString();
            atr.interfaceBytes().forEach(Object::toString);
        }
    }
}

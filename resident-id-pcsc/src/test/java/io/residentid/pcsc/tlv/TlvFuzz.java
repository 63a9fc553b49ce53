package io.residentid.pcsc.tlv;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import io.residentid.pcsc.fuzz.PcscFuzz;
import java.util.ArrayList;
import java.util.List;

/** Fuzz target for the BER-TLV codec: {@link Tlv#parse} and {@link Tlv#parseAll} throw only {@link TlvException}. */
class TlvFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("TlvFuzz", TlvException.class);
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    TlvFuzz() {
        super(HARNESS, PcscFuzz.REGRESSIONS_ROOT, CORPUS.subList(0, 6), CORPUS, TlvFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>(PcscFuzz.hex("tlv", "6F108408A000000151000000A5049F6501FF",
                "5F1F0141", "7F218201004F01", "810100", "9F7F2A4090", "E1 0A 5F 2B 04 19 74 08 12 81 02 00 01",
                "30 80 04 01 01 00 00", "BF 84 80 00 01 00"));
        seeds.addAll(PcscFuzz.ldsFiles());
        return seeds;
    }

    static void target(byte[] input) {
        for (Tlv tlv : Tlv.parseAll(input)) {
            tlv.toString();
        }
        Tlv.parse(input).toString();
    }
}

package io.residentid.examples.cli.codec;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.tlv.Tlv;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Demo step: decodes the ATR an Oman resident card answers with (as listed by pcsc-tools) and an EF.DIR built and
 * parsed back with the BER-TLV codec.
 */
public final class CodecDemoStep implements DemoStep {

    /** ATR of the Oman eID: T=0 only, TA1 96, card capabilities in the historical bytes. */
    static final String OMAN_ATR = "3B7A9600008065A20120013D72D641";

    @Override
    public String title(Locale locale) {
        return HexInput.MESSAGES.get(locale, "demo.title");
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        Atr atr = Atr.parse(HexFormat.of().parseHex(OMAN_ATR));
        String protocols = atr.protocols().stream().map(t -> "T=" + t).collect(Collectors.joining(", "));
        out.line(HexInput.MESSAGES, "demo.atr", atr.toHex(), protocols, atr.fi().orElse(0), atr.di().orElse(0),
                atr.historicalBytes().objects().size(), atr.extendedLengthSupported() ? 1 : 0);

        byte[] aid = HexFormat.of().parseHex("A0000002471001");
        Tlv application = Tlv.builder(0x61)
                .add(0x4F, aid)
                .add(0x50, "eMRTD".getBytes(StandardCharsets.US_ASCII))
                .build();
        byte[] efDir = application.encoded();
        List<Tlv> parsed = Tlv.parseAll(efDir);
        byte[] found = Tlv.find(parsed, 0x61, 0x4F).orElseThrow().value();
        out.line(HexInput.MESSAGES, "demo.tlv", efDir.length, HexInput.upper(found));
        return atr.tckValid() && atr.protocols().equals(List.of(0)) && parsed.equals(List.of(application))
                && HexFormat.of().formatHex(found).equalsIgnoreCase("A0000002471001");
    }
}

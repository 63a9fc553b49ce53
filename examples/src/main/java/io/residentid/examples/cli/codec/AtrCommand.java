package io.residentid.examples.cli.codec;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.atr.CardCapabilities;
import io.residentid.pcsc.atr.CompactTlv;
import io.residentid.pcsc.atr.GccCards;
import io.residentid.pcsc.atr.HistoricalBytes;
import io.residentid.pcsc.atr.InterfaceBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code resident-id atr ...}: Answer-to-Reset tools. */
@Command(name = "atr", mixinStandardHelpOptions = true,
        description = "Answer-to-Reset (ISO/IEC 7816-3) tools.",
        subcommands = {AtrCommand.Decode.class, AtrCommand.Identify.class})
public final class AtrCommand {

    /** {@code resident-id atr decode HEX}: prints the decoded ATR as JSON; exit 1 when the TCK is wrong. */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Decode an ATR given in hex and print it as JSON: {ts, protocols, interfaceBytes, "
                    + "historicalBytes, tckValid, extendedLength, ...}. Exit code 1 when the TCK check byte is wrong.")
    static final class Decode extends HexInputCommand {

        @Parameters(arity = "1..*", paramLabel = "HEX",
                description = "The ATR in hex; spaces and colons are ignored (e.g. '3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41').")
        String[] hex;

        @Override
        String[] hex() {
            return hex;
        }

        @Override
        int run(CliOutput out, byte[] bytes) {
            Atr atr = decode(out, () -> Atr.parse(bytes));
            out.json(toJson(atr));
            return atr.tckValid() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    /**
     * {@code resident-id atr identify HEX}: which GCC identity card family an ATR belongs to (data from pcsc-tools'
     * ATR list) and what to try next; exit 1 when the ATR is not a known GCC card.
     */
    @Command(name = "identify", mixinStandardHelpOptions = true,
            description = "Say which GCC identity card (country and family) an ATR belongs to, and what to try next. Exit code 1 when the ATR is not a known GCC card.")
    static final class Identify extends HexInputCommand {

        private static final io.residentid.core.report.Messages MESSAGES =
                io.residentid.core.report.Messages.forPackageOf(AtrCommand.class);

        @Parameters(arity = "1..*", paramLabel = "HEX",
                description = "The ATR in hex; spaces and colons are ignored.")
        String[] hex;

        @Override
        String[] hex() {
            return hex;
        }

        @Override
        int run(CliOutput out, byte[] bytes) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("atr", java.util.HexFormat.of().withUpperCase().formatHex(bytes));
            java.util.Optional<GccCards.Match> match = GccCards.identify(bytes);
            json.put("recognised", match.isPresent());
            match.ifPresent(m -> {
                json.put("country", m.country().alpha2());
                json.put("family", m.family());
                json.put("description", m.description());
                json.put("advice", MESSAGES.get(out.locale(), "identify.advice", m.country().displayName(out.locale())));
            });
            if (match.isEmpty()) {
                json.put("advice", MESSAGES.get(out.locale(), "identify.unknown"));
            }
            out.json(json);
            return match.isPresent() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    /**
     * The JSON form of an ATR. Bytes are upper-case hex; absent optional fields are left out.
     *
     * @param atr                    the whole ATR
     * @param ts                     initial character
     * @param convention             {@code direct} or {@code inverse}
     * @param t0                     format byte
     * @param protocols              offered transmission protocols, e.g. {@code ["T=0","T=1"]}
     * @param globalInterfaceBytes   whether T=15 global interface bytes are present
     * @param interfaceBytes         TA/TB/TC/TD per level
     * @param fi                     clock rate conversion factor (TA1)
     * @param di                     baud rate adjustment factor (TA1)
     * @param fMaxKiloHertz          maximum clock frequency for Fi
     * @param extraGuardTime         N from TC1
     * @param specificMode           whether TA2 (specific mode) is present
     * @param ifsc                   T=1 information field size of the card, when set
     * @param voltageClasses         classes from the T=15 class indicator (A 5 V, B 3 V, C 1.8 V), when announced
     * @param historicalBytes        historical bytes, hex
     * @param historicalBytesDecoded historical bytes by category
     * @param tckPresent             whether a TCK byte is present
     * @param tck                    the TCK byte
     * @param tckValid               whether the TCK check holds (true when no TCK is required)
     * @param extendedLength         whether the card capabilities announce extended Lc/Le
     */
    record AtrJson(String atr, String ts, String convention, String t0, List<String> protocols,
                   boolean globalInterfaceBytes, List<LevelJson> interfaceBytes, Integer fi, Integer di,
                   Integer fMaxKiloHertz, int extraGuardTime, boolean specificMode, Integer ifsc,
                   List<String> voltageClasses, String historicalBytes,
                   HistoricalJson historicalBytesDecoded, boolean tckPresent, String tck, boolean tckValid,
                   boolean extendedLength) {
    }

    /** Interface bytes of one level; {@code protocol} is what TD(i-1) announced (absent for level 1). */
    record LevelJson(int level, String protocol, String ta, String tb, String tc, String td) {
    }

    /** Decoded historical bytes. */
    record HistoricalJson(String categoryIndicator, String format, boolean wellFormed, List<CompactJson> objects,
                          String cardServiceData, CapabilitiesJson cardCapabilities, String lifeCycleStatus,
                          String statusWord) {
    }

    /** One COMPACT-TLV object: tag number (hex digit), ISO 7816-4 name, value. */
    record CompactJson(String tag, String name, String value) {
    }

    /** Card capabilities (tag 7). */
    record CapabilitiesJson(String bytes, boolean commandChaining, boolean extendedLengthFields,
                            int maxLogicalChannels) {
    }

    static AtrJson toJson(Atr atr) {
        List<String> protocols = new ArrayList<>();
        for (int t : atr.protocols()) {
            protocols.add("T=" + t);
        }
        List<LevelJson> levels = new ArrayList<>();
        for (InterfaceBytes level : atr.interfaceBytes()) {
            levels.add(new LevelJson(level.level(),
                    level.protocol().isPresent() ? "T=" + level.protocol().getAsInt() : null,
                    hexOf(level.ta()), hexOf(level.tb()), hexOf(level.tc()), hexOf(level.td())));
        }
        List<String> classes = new ArrayList<>();
        for (Atr.VoltageClass voltageClass : atr.voltageClasses()) {
            classes.add(voltageClass.name());
        }
        HistoricalBytes historical = atr.historicalBytes();
        List<CompactJson> objects = new ArrayList<>();
        for (CompactTlv object : historical.objects()) {
            objects.add(new CompactJson(Integer.toHexString(object.tag()).toUpperCase(Locale.ROOT), object.name(),
                    HexInput.upper(object.value())));
        }
        CapabilitiesJson capabilities = historical.cardCapabilities().map(AtrCommand::capabilities).orElse(null);
        HistoricalJson decoded = historical.length() == 0 ? null : new HistoricalJson(
                hexOf(historical.categoryIndicator()), historical.format().name(), historical.wellFormed(),
                objects.isEmpty() ? null : objects, hexOf(historical.cardServiceData()), capabilities,
                hexOf(historical.lifeCycleStatus()),
                historical.statusWord().isPresent() ? String.format("%04X", historical.statusWord().getAsInt()) : null);
        return new AtrJson(atr.toHex(), HexInput.upperByte(atr.ts()), atr.convention().name().toLowerCase(Locale.ROOT),
                HexInput.upperByte(atr.t0()), protocols, atr.hasGlobalInterfaceBytes(), levels, boxed(atr.fi()),
                boxed(atr.di()), boxed(atr.fMaxKiloHertz()), atr.extraGuardTime(), atr.specificMode(),
                boxed(atr.t1InformationFieldSize()), classes.isEmpty() ? null : classes,
                HexInput.upper(historical.bytes()), decoded, atr.tckPresent(), hexOf(atr.tck()), atr.tckValid(),
                atr.extendedLengthSupported());
    }

    private static CapabilitiesJson capabilities(CardCapabilities c) {
        StringBuilder bytes = new StringBuilder(HexInput.upperByte(c.selectionMethods()));
        if (c.length() > 1) {
            bytes.append(HexInput.upperByte(c.dataCoding()));
        }
        if (c.length() > 2) {
            bytes.append(HexInput.upperByte(c.features()));
        }
        return new CapabilitiesJson(bytes.toString(), c.commandChaining(), c.extendedLengthFields(),
                c.maxLogicalChannels());
    }

    private static String hexOf(OptionalInt value) {
        return value.isPresent() ? HexInput.upperByte(value.getAsInt()) : null;
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}

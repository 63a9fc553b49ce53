package io.residentid.pcsc.atr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every concrete ATR of pcsc-tools' {@code smartcard_list.txt} (read from the system, never copied: it is GPL data)
 * parses, or is rejected for a specific reason listed in the reviewed exception list
 * {@code smartcard-list-rejections.txt}.
 */
class SmartcardListTest {

    private static final Path LIST = Path.of("/usr/share/pcsc/smartcard_list.txt");
    /** An ATR line without wildcards or ranges: hex byte pairs separated by single spaces. */
    private static final Pattern CONCRETE = Pattern.compile("[0-9A-Fa-f]{2}( [0-9A-Fa-f]{2})*");

    @Test
    void everyConcreteAtrParsesOrIsAReviewedRejection() throws IOException {
        if (!Files.isReadable(LIST)) {
            String message = LIST + " is missing: install the Debian package pcsc-tools to run this test";
            if ("1".equals(System.getenv("RESIDENT_ID_REQUIRE_PCSCD"))) {
                fail(message + " (required because RESIDENT_ID_REQUIRE_PCSCD=1)");
            }
            Assumptions.abort(message);
        }
        Set<String> atrs = new LinkedHashSet<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && CONCRETE.matcher(trimmed).matches()) {
                atrs.add(trimmed.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
            }
        }
        assertTrue(atrs.size() > 1000, "expected thousands of concrete ATRs, found " + atrs.size());

        Map<String, AtrException.Reason> rejected = new TreeMap<>();
        int tckMismatches = 0;
        for (String hex : atrs) {
            try {
                Atr atr = Atr.parse(HexFormat.of().parseHex(hex));
                assertEquals(hex, atr.toHex());
                if (!atr.tckValid()) {
                    tckMismatches++;
                }
            } catch (AtrException e) {
                rejected.put(hex, e.reason());
            }
        }
        Map<String, AtrException.Reason> reviewed = reviewedRejections();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, AtrException.Reason> entry : rejected.entrySet()) {
            AtrException.Reason expected = reviewed.get(entry.getKey());
            if (expected != entry.getValue()) {
                problems.add(entry.getKey() + " " + entry.getValue() + (expected == null ? " (not reviewed)"
                        : " (reviewed as " + expected + ")"));
            }
        }
        for (String hex : reviewed.keySet()) {
            if (atrs.contains(hex) && !rejected.containsKey(hex)) {
                problems.add(hex + " parses now but is listed as a rejection");
            }
        }
        assertTrue(problems.isEmpty(), "unreviewed outcomes:\n" + String.join("\n", problems));
        double parsed = 1.0 - (double) rejected.size() / atrs.size();
        assertTrue(parsed >= 0.95, "only " + parsed + " of " + atrs.size() + " ATRs parse");
        // A wrong TCK is a flag, not a rejection; the list holds only a few such ATRs.
        assertTrue(tckMismatches < atrs.size() / 20, tckMismatches + " TCK mismatches");
    }

    private static Map<String, AtrException.Reason> reviewedRejections() throws IOException {
        Map<String, AtrException.Reason> reviewed = new LinkedHashMap<>();
        try (InputStream in = SmartcardListTest.class.getResourceAsStream("smartcard-list-rejections.txt")) {
            if (in == null) {
                return reviewed;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.replaceAll("#.*", "").strip();
                if (!content.isEmpty()) {
                    String[] parts = content.split("\\s+");
                    reviewed.put(parts[0], AtrException.Reason.valueOf(parts[1]));
                }
            }
        }
        return reviewed;
    }
}

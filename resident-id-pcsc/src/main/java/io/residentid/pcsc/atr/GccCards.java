package io.residentid.pcsc.atr;

import io.residentid.core.model.IssuingCountry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises GCC identity cards by their Answer-to-Reset, from a data file ({@code gcc-cards.tsv}, facts taken from
 * pcsc-tools' list of known ATRs, origin noted there). An ATR identifies a chip platform and its profile, not a
 * document: a match says which country and card family to expect and what to try next; it proves nothing.
 */
public final class GccCards {

    /**
     * One recognised card family.
     *
     * @param country     the issuing state
     * @param family      a stable code for the card family (e.g. {@code OMAN_EID})
     * @param description the card as the ATR list reports it
     * @param pattern     the ATR pattern that matched (hex, {@code .} = any digit)
     */
    public record Match(IssuingCountry country, String family, String description, String pattern) {
    }

    private record Entry(String pattern, IssuingCountry country, String family, String description) {
    }

    private static final List<Entry> ENTRIES = load();

    private GccCards() {
    }

    /**
     * The GCC card family this ATR belongs to, if the list knows it.
     *
     * @param atr the card's answer-to-reset
     * @return the GCC card family it matches, if any
     */
    public static Optional<Match> identify(byte[] atr) {
        if (atr == null || atr.length == 0 || atr.length > 33) {
            return Optional.empty();
        }
        String hex = HexFormat.of().withUpperCase().formatHex(atr);
        for (Entry entry : ENTRIES) {
            if (matches(entry.pattern, hex)) {
                return Optional.of(new Match(entry.country, entry.family, entry.description, entry.pattern));
            }
        }
        return Optional.empty();
    }

    /** {@return how many ATR patterns the catalogue holds} */
    public static int size() {
        return ENTRIES.size();
    }

    private static boolean matches(String pattern, String hex) {
        if (pattern.length() != hex.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '.' && p != hex.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = GccCards.class.getResourceAsStream("gcc-cards.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gcc-cards.tsv missing from the pcsc jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                entries.add(new Entry(cells[0].replace(" ", "").toUpperCase(Locale.ROOT),
                        IssuingCountry.of(cells[1]), cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}

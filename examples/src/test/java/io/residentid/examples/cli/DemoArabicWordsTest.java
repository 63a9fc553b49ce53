package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo in Arabic reads in Arabic (issue 12): every Latin-letter word left in the human output must be a code
 * or a token that has no Arabic form — upper-case codes and acronyms ({@code MRZ}, {@code DS_CHAIN_VALID}), words
 * holding a digit or an underscore ({@code P-256}, {@code brainpoolP256r1}, {@code family_name}, hex), paths, URLs,
 * options, the few names on the allow-list, and data quoted verbatim between «…». An English word composed into a
 * sentence fails the test.
 */
class DemoArabicWordsTest {

    /** Lower- or mixed-case tokens that have no Arabic form: program and tool names, ISO 7816 and 18013-5 terms. */
    private static final Set<String> ALLOWED = Set.of("resident-id", "pcscd", "DataMatrix", "Fi", "Di", "portrait");
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»");
    private static final Pattern PATH_OR_URL = Pattern.compile("(https?://|/)[^\\s،؛,()]+");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9_.\\-=]*[A-Za-z][A-Za-z0-9_.\\-=]*");

    @Test
    void theArabicDemoHasNoEnglishWordsOutsideCodesAndQuotedData(@TempDir Path work) {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "demo", "--all", "--work-dir", work.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> problems = englishWords(r.out());
        assertEquals(List.of(), problems, "English words in the Arabic demo:\n" + r.out());
    }

    @Test
    void theCheckCatchesAComposedEnglishWordAndLetsCodesAndDataThrough() {
        assertEquals(List.of("bytes", "redacted"), englishWords("  > 00200081 08 [redacted 8 bytes]"));
        assertTrue(englishWords("الحالة: اجتياز (DS_CHAIN_VALID, AA_VERIFIED) عبر PACE ECDH-GM brainpoolP256r1 AES_128")
                .isEmpty());
        assertTrue(englishWords("كُتب في /tmp/x/resident-credential.png والجهة https://id.rop.gov.om «Royal Oman Police»")
                .isEmpty());
        assertFalse(englishWords("الاسم في DG1 يطابق الاسم في declared").isEmpty());
    }

    /** The Latin-letter words of {@code text} that are neither codes nor allowed tokens nor quoted data. */
    static List<String> englishWords(String text) {
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            String rest = QUOTED.matcher(line).replaceAll(" ");
            rest = PATH_OR_URL.matcher(rest).replaceAll(" ");
            rest = OPTION.matcher(rest).replaceAll(" ");
            if (rest.strip().matches("[A-Z0-9<]{30}")) {
                continue; // an MRZ line, shown as the card prints it
            }
            Matcher word = LATIN_WORD.matcher(rest);
            Set<String> bad = new TreeSet<>();
            while (word.find()) {
                String w = word.group();
                if (!allowed(w)) {
                    bad.add(w);
                }
            }
            problems.addAll(bad);
        }
        return problems;
    }

    private static boolean allowed(String word) {
        return ALLOWED.contains(word)
                || word.chars().anyMatch(Character::isDigit)
                || word.indexOf('_') >= 0
                || word.chars().noneMatch(Character::isLowerCase);
    }
}

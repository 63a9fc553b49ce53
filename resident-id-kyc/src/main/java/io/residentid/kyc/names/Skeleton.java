package io.residentid.kyc.names;

import java.util.Arrays;

/**
 * The phonetic key of one name part: its consonant skeleton (vowels dropped, Latin digraphs and Arabic letters mapped
 * to one alphabet of sound classes), the cost of dropping each consonant, and what was written between consonants.
 * Names written from the same Arabic original share a skeleton whatever the spelling convention, because Arabic
 * writes consonants and long vowels and romanisations mostly disagree about vowels.
 */
final class Skeleton {

    static final int A = 1;
    static final int I = 2;
    static final int U = 4;
    static final int LONG_A = 8;
    static final int LONG_I = 16;
    static final int LONG_U = 32;
    /** Arabic: no long vowel written here, so any short vowel (or none) may have been said. */
    static final int UNKNOWN = 64;
    private static final int LONG = LONG_A | LONG_I | LONG_U;

    private static final byte H = NameData.symbol('h');
    private static final byte L = NameData.symbol('l');
    private static final byte W = NameData.symbol('w');
    private static final byte Y = NameData.symbol('y');
    /** Latin digraph symbols and the two Arabic/Latin letters they stand for when written apart (s+h, t+h...). */
    private static final byte[][] DIGRAPHS = {
        {NameData.symbol('ʃ'), NameData.symbol('s'), H},
        {NameData.symbol('θ'), NameData.symbol('t'), H},
        {NameData.symbol('ð'), NameData.symbol('d'), H},
        {NameData.symbol('x'), NameData.symbol('k'), H},
        {NameData.symbol('ɣ'), NameData.symbol('g'), H},
    };
    private static final float DIGRAPH_SPLIT = 0.15f;
    /** For a digraph symbol, the first of its two letters (the second is always h); -1 otherwise. */
    private static final byte[] SPLIT_FIRST = new byte[NameData.SYMBOLS.length()];

    static {
        Arrays.fill(SPLIT_FIRST, (byte) -1);
        for (byte[] g : DIGRAPHS) {
            SPLIT_FIRST[g[0]] = g[1];
        }
    }

    final byte[] sym;
    final float[] del;
    final byte[] gaps;

    private Skeleton(byte[] sym, byte[] gaps) {
        NameData d = NameData.INSTANCE;
        this.sym = sym;
        this.gaps = gaps;
        this.del = new float[sym.length];
        for (int k = 0; k < sym.length; k++) {
            byte s = sym[k];
            if (s == H && k == sym.length - 1) {
                del[k] = d.finalH;
            } else if (s == L && k + 1 < sym.length && d.sunLetter[sym[k + 1]]) {
                del[k] = d.lBeforeSun;
            } else {
                del[k] = d.indel[s];
            }
        }
    }

    int length() {
        return sym.length;
    }

    /** Accumulates symbols and vowel gaps; collapses a doubled consonant with no vowel between. */
    private static final class Builder {
        byte[] sym;
        byte[] gaps;
        int len;
        int gap;
        boolean vowelSince = true;
        char previousVowel;

        Builder(int capacity) {
            sym = new byte[capacity + 2];
            gaps = new byte[capacity + 3];
        }

        void emit(byte b) {
            if (len > 0 && sym[len - 1] == b && !vowelSince) {
                return;
            }
            if (len > 0 && !vowelSince && SPLIT_FIRST[b] == sym[len - 1]) {
                // A doubled letter before its digraph (Siddharth: d + dh) is the digraph once.
                sym[len - 1] = b;
                return;
            }
            if (len == sym.length) {
                sym = Arrays.copyOf(sym, len * 2 + 2);
                gaps = Arrays.copyOf(gaps, len * 2 + 3);
            }
            gaps[len] = (byte) gap;
            gap = 0;
            sym[len++] = b;
            vowelSince = false;
            previousVowel = 0;
        }

        Skeleton build(boolean arabic) {
            gaps[len] = (byte) gap;
            byte[] g = Arrays.copyOf(gaps, len + 1);
            if (arabic) {
                // Arabic writes the final vowel of a name (teh marbuta, alef, yeh): the last gap is never unknown.
                for (int k = 0; k < g.length - 1; k++) {
                    if ((g[k] & LONG) == 0) {
                        g[k] |= UNKNOWN;
                    }
                }
            }
            return new Skeleton(Arrays.copyOf(sym, len), g);
        }
    }

    private static boolean latinVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The skeleton of a folded Latin name part (letters a-z only). */
    static Skeleton ofLatin(String s) {
        NameData d = NameData.INSTANCE;
        int n = s.length();
        Builder b = new Builder(n);
        int i = 0;
        outer:
        while (i < n) {
            char c = s.charAt(i);
            if (latinVowel(c)) {
                if (b.len == 0 && i == 0) {
                    b.emit(NameData.INITIAL_VOWEL);
                }
                latinVowel(b, c);
                i++;
                continue;
            }
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            for (NameData.LatinRule rule : d.latinRulesByFirst[c - 'a']) {
                String sp = rule.spelling();
                if (s.startsWith(sp, i)) {
                    for (byte x : rule.sound()) {
                        b.emit(x);
                    }
                    i += rule.keepVowel() ? sp.length() - 1 : sp.length();
                    continue outer;
                }
            }
            if (c == 'y' || c == 'w') {
                boolean prevVowel = i > 0 && latinVowel(s.charAt(i - 1));
                boolean nextVowel = i + 1 < n && latinVowel(s.charAt(i + 1));
                if (i == 0 || (prevVowel && nextVowel)) {
                    b.emit(c == 'y' ? Y : W);
                } else {
                    latinVowel(b, c);
                }
                i++;
                continue;
            }
            byte k = d.latinSymbol[c - 'a'];
            if (k > 0) {
                b.emit(k);
            }
            i++;
        }
        return b.build(false);
    }

    private static void latinVowel(Builder b, char c) {
        int q;
        switch (c) {
            case 'a': q = A; break;
            case 'e': q = A | I; break;
            case 'i': case 'y': q = I; break;
            default: q = U; break;
        }
        char p = b.previousVowel;
        if (p != 0) {
            if (p == 'a' && c == 'a') {
                q |= LONG_A;
            } else if (((c == 'i' || c == 'y') && (p == 'e' || p == 'i' || p == 'a'))
                    || (c == 'e' && (p == 'e' || p == 'i'))) {
                // ee, ii, ei, ai, ay, ey, ie write a long i; ae and ea are two vowels (an ain between: Saeed).
                q |= LONG_I;
            } else if ((c == 'u' || c == 'o' || c == 'w') && (p == 'o' || p == 'u' || p == 'a')) {
                q |= LONG_U;
            }
        }
        b.gap |= q;
        b.previousVowel = c;
        b.vowelSince = true;
    }

    /** The skeleton of a folded Arabic name part. */
    static Skeleton ofArabic(String s) {
        NameData d = NameData.INSTANCE;
        int n = s.length();
        Builder b = new Builder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String sound = d.soundOf(c);
            if (sound == null) {
                continue;
            }
            // Waw and yeh are consonants at the start, before alef, and between two vowel letters (ايوب Ayyub).
            boolean consonantPosition = i == 0 || (i + 1 < n && s.charAt(i + 1) == '\u0627')
                    || (i > 0 && i + 1 < n && vowelLetter(s.charAt(i - 1)) && vowelLetter(s.charAt(i + 1)));
            switch (sound) {
                case "V":
                    if (b.len == 0) {
                        b.emit(NameData.INITIAL_VOWEL);
                    } else if (c == '\u0627' || c == '\u0649' || c == '\u0622') {
                        b.gap |= A | LONG_A;
                    }
                    b.vowelSince = true;
                    break;
                case "":
                    b.gap |= A;
                    b.vowelSince = true;
                    break;
                case "W":
                    if (consonantPosition) {
                        b.emit(W);
                    } else {
                        b.gap |= U | LONG_U;
                        b.vowelSince = true;
                    }
                    break;
                case "Y":
                    if (consonantPosition) {
                        b.emit(Y);
                    } else {
                        // A final yeh may be an alef maksura folded into it (هدى Huda, منى Mona): a or i.
                        b.gap |= i == n - 1 ? A | I | LONG_I : I | LONG_I;
                        b.vowelSince = true;
                    }
                    break;
                default:
                    b.emit(NameData.symbol(sound.charAt(0)));
                    break;
            }
        }
        return b.build(true);
    }

    private static boolean vowelLetter(char c) {
        return c == '\u0627' || c == '\u0648' || c == '\u064A';
    }

    /**
     * Weighted edit distance between two skeletons: similar sounds substitute cheaply, weak consonants drop cheaply,
     * a Latin digraph may stand for the two letters it is spelt with. Symmetric.
     */
    static float distance(Skeleton a, Skeleton b) {
        if (Arrays.equals(a.sym, b.sym)) {
            return 0f;
        }
        float[][] sub = NameData.INSTANCE.substitution;
        byte[] as = a.sym;
        byte[] bs = b.sym;
        int n = as.length;
        int m = bs.length;
        int w = m + 1;
        float[] t = new float[(n + 1) * w];
        for (int i = 1; i <= n; i++) {
            t[i * w] = t[(i - 1) * w] + a.del[i - 1];
        }
        for (int j = 1; j <= m; j++) {
            t[j] = t[j - 1] + b.del[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            byte x = as[i - 1];
            float[] subX = sub[x];
            float delX = a.del[i - 1];
            int row = i * w;
            int up = row - w;
            byte xFirst = SPLIT_FIRST[x];
            for (int j = 1; j <= m; j++) {
                byte y = bs[j - 1];
                float best = t[up + j - 1] + subX[y];
                float v = t[up + j] + delX;
                if (v < best) {
                    best = v;
                }
                v = t[row + j - 1] + b.del[j - 1];
                if (v < best) {
                    best = v;
                }
                // A Latin digraph against the two letters it is spelt with (sh / س+ه).
                if (xFirst >= 0 && j >= 2 && bs[j - 2] == xFirst && y == H) {
                    v = t[up + j - 2] + DIGRAPH_SPLIT;
                    if (v < best) {
                        best = v;
                    }
                }
                byte yFirst = SPLIT_FIRST[y];
                if (yFirst >= 0 && i >= 2 && as[i - 2] == yFirst && x == H) {
                    v = t[up - w + j - 1] + DIGRAPH_SPLIT;
                    if (v < best) {
                        best = v;
                    }
                }
                t[row + j] = best;
            }
        }
        return t[n * w + m];
    }

    /**
     * How strongly the written vowels of two skeletons of equal length disagree (0 = compatible): different vowel
     * qualities count half, a long vowel written on one side only counts more.
     */
    static float vowelConflict(Skeleton a, Skeleton b) {
        float points = 0f;
        int last = Math.min(a.gaps.length, b.gaps.length) - 1;
        for (int k = 0; k < last; k++) {
            points += gapConflict(a.gaps[k], b.gaps[k]);
        }
        if (last >= 0) {
            int x = a.gaps[last];
            int y = b.gaps[last];
            // A final a on one side only is usually the feminine ending: Rashid / Rashida, Jamil / Jamila.
            boolean xa = (x & 7) == A;
            boolean ya = (y & 7) == A;
            points += xa != ya && ((x & 7) == 0 || (y & 7) == 0) ? 2f : gapConflict(x, y);
        }
        return points;
    }

    private static float gapConflict(int g1, int g2) {
        boolean u1 = (g1 & UNKNOWN) != 0;
        boolean u2 = (g2 & UNKNOWN) != 0;
        int q1 = g1 & 7;
        int q2 = g2 & 7;
        int l1 = (g1 >> 3) & 7;
        int l2 = (g2 >> 3) & 7;
        if (u1 && u2) {
            return 0f;
        }
        if (u1 || u2) {
            // Arabic without a long vowel here against a spelling that writes one: the long vowel was not in Arabic.
            int otherLong = u1 ? l2 : l1;
            return otherLong != 0 ? 1f : 0f;
        }
        float p = 0f;
        if (q1 != 0 && q2 != 0) {
            if ((q1 & q2) == 0) {
                p += (l1 | l2) != 0 ? 1f : 0.5f;
            } else {
                if ((l1 & ~q2) != 0) {
                    p += 0.5f;
                }
                if ((l2 & ~q1) != 0) {
                    p += 0.5f;
                }
            }
        } else if (q1 != q2) {
            p += (l1 | l2) != 0 ? 0.5f : 0.25f;
        }
        return p;
    }

    /** The first symbol, or -1 for an empty skeleton. */
    int first() {
        return sym.length == 0 ? -1 : sym[0];
    }

    /** Whether {@code prefix}'s symbols start this skeleton. */
    boolean startsWith(Skeleton prefix) {
        if (prefix.sym.length > sym.length) {
            return false;
        }
        for (int k = 0; k < prefix.sym.length; k++) {
            if (prefix.sym[k] != sym[k]) {
                return false;
            }
        }
        return true;
    }
}

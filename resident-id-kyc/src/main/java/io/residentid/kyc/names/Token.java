package io.residentid.kyc.names;

/** One name part with everything the matcher compares precomputed. Immutable. */
final class Token {

    private static final int[] NO_GROUPS = new int[0];

    final String text;
    final String raw;
    final boolean arabic;
    final boolean primary;
    final boolean truncatable;
    final boolean connector;
    final boolean article;
    final boolean initial;
    final Skeleton skeleton;
    /** The skeleton without a leading article (al-, ال), or {@code null}. */
    final Skeleton stripped;
    final int[] groups;
    /** Lazily: the ICAO reading (see {@link #icao()}); a token lives within one comparison, on one thread. */
    private Skeleton icao;
    private boolean icaoRead;

    Token(String text, String raw, boolean arabic, boolean primary, boolean truncatable) {
        NameData d = NameData.INSTANCE;
        boolean isArabic = arabic;
        String t = text;
        if (!arabic && (t.indexOf('x') >= 0 || (t.length() >= 2 && noVowel(t) && !d.groupsOf.containsKey(t)))) {
            // An MRZ part in the ICAO Arabic scheme (MXHMD, YWSF) is compared as the Arabic it encodes.
            String decoded = IcaoArabicTransliterator.fromMrzPart(t, t.indexOf('x') < 0)
                    .map(NameText::foldArabic).orElse(null);
            if (decoded != null && !decoded.isEmpty()) {
                t = decoded;
                isArabic = true;
            }
        }
        this.text = t;
        this.raw = raw;
        this.arabic = isArabic;
        this.primary = primary;
        this.truncatable = truncatable;
        this.connector = d.connectors.contains(t);
        this.article = d.articles.contains(t);
        this.initial = !isArabic && t.length() == 1;
        this.skeleton = isArabic ? Skeleton.ofArabic(t) : Skeleton.ofLatin(t);
        Skeleton s = null;
        if (isArabic && t.length() >= 4 && t.startsWith("\u0627\u0644")) {
            s = Skeleton.ofArabic(t.substring(2));
        } else if (!isArabic && t.length() >= 6 && (t.startsWith("al") || t.startsWith("el"))) {
            s = Skeleton.ofLatin(t.substring(2));
        }
        this.stripped = s;

        int[] g = d.groupsOf.get(t);
        this.groups = g == null ? NO_GROUPS : g;
    }

    private static boolean noVowel(String latin) {
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                return false;
            }
        }
        return true;
    }

    /**
     * For a Latin part made only of ICAO transliteration letters: the skeleton of the Arabic it would encode, else
     * {@code null}. Computed on first use (only comparisons that are not already close need it).
     */
    Skeleton icao() {
        if (!icaoRead) {
            icaoRead = true;
            if (!arabic && text.length() >= 2) {
                String reading = IcaoArabicTransliterator.fromMrzPart(text, true).map(NameText::foldArabic).orElse("");
                icao = reading.isEmpty() ? null : Skeleton.ofArabic(reading);
            }
        }
        return icao;
    }

    boolean particle() {
        return connector || article;
    }

    /** A part made of consecutive parts written together (compound names). */
    static Token joined(Token[] parts, int from, int to) {
        StringBuilder text = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        boolean arabic = parts[from].arabic;
        for (int k = from; k < to; k++) {
            text.append(parts[k].text);
            if (raw.length() > 0) {
                raw.append(' ');
            }
            raw.append(parts[k].raw);
        }
        return new Token(text.toString(), raw.toString(), arabic, parts[from].primary, parts[to - 1].truncatable);
    }
}

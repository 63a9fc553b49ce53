package io.residentid.kyc;

/** Which script a name is written in (enough to pair names of the same script). */
final class Scripts {

    private Scripts() {
    }

    /** Whether most letters of {@code s} are Arabic. */
    static boolean isArabic(String s) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)) {
                arabic++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic > latin;
    }
}

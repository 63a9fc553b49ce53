package io.residentid.core.model;

/** Input checks shared by the model's constructors. */
final class Text {

    private Text() {
    }

    static String requireBounded(String value, String what, int maxLength) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        requireBoundedOrNull(value, what, maxLength);
        return value;
    }

    static String requireBoundedOrNull(String value, String what, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " contains a control character at position " + i);
            }
        }
        return value;
    }
}

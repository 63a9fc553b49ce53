package io.residentid.pcsc.transport;

import javax.smartcardio.CardException;

/** Turns {@code javax.smartcardio} failures into the SDK's typed exceptions with clear messages. */
final class PcscErrors {

    static final String NO_SERVICE_MESSAGE = "No PC/SC service is running (pcscd): start it (e.g. 'systemctl start "
            + "pcscd' or 'pcscd'), and install it if missing (Debian/Ubuntu: apt-get install pcscd)";

    private PcscErrors() {
    }

    /** A {@code javax.smartcardio} call that answers. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws CardException;
    }

    /** A {@code javax.smartcardio} call that only acts. */
    @FunctionalInterface
    interface Action {
        void run() throws CardException;
    }

    /** Runs {@code call}; a failure becomes the typed exception for {@code action} (see {@link #translate}). */
    static <T> T call(String action, Call<T> call) {
        try {
            return call.run();
        } catch (CardException e) {
            throw translate(action, e);
        }
    }

    /** Runs {@code act}; a failure becomes the typed exception for {@code action} (see {@link #translate}). */
    static void run(String action, Action act) {
        call(action, () -> {
            act.run();
            return null;
        });
    }

    static CardTransportException translate(String action, Throwable e) {
        String code = pcscCode(e);
        if (code != null) {
            switch (code) {
                case "SCARD_E_NO_SERVICE":
                case "SCARD_E_SERVICE_STOPPED":
                    return new PcscUnavailableException(NO_SERVICE_MESSAGE + " [" + code + "]", e);
                case "SCARD_W_REMOVED_CARD":
                case "SCARD_E_NO_SMARTCARD":
                case "SCARD_W_UNPOWERED_CARD":
                case "SCARD_W_RESET_CARD":
                    return new CardAbsentException(action + ": the card was removed or reset [" + code + "]", e);
                case "SCARD_E_UNKNOWN_READER":
                case "SCARD_E_READER_UNAVAILABLE":
                    return new ReaderNotFoundException(action + ": the reader is no longer available [" + code + "]");
                default:
                    break;
            }
        }
        String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new CardTransportException(action + " failed: " + detail + (code != null ? " [" + code + "]" : ""), e);
    }

    /** The SCARD_* name in the cause chain (the JDK's PCSCException message), or null. */
    static String pcscCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                int i = m.indexOf("SCARD_");
                if (i >= 0) {
                    int end = i;
                    while (end < m.length() && (Character.isLetterOrDigit(m.charAt(end)) || m.charAt(end) == '_')) {
                        end++;
                    }
                    return m.substring(i, end);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static boolean isNoService(Throwable e) {
        String code = pcscCode(e);
        return "SCARD_E_NO_SERVICE".equals(code) || "SCARD_E_SERVICE_STOPPED".equals(code);
    }
}

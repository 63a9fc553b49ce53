package io.residentid.mdoc.session;

/** The SessionData status codes of ISO/IEC 18013-5 §9.1.1.4 (Table 20). */
public enum SessionStatus {
    /** 10: error, session encryption. */
    ERROR_SESSION_ENCRYPTION(10),
    /** 11: error, CBOR decoding. */
    ERROR_CBOR_DECODING(11),
    /** 20: session termination. */
    SESSION_TERMINATION(20);

    private final int code;

    SessionStatus(int code) {
        this.code = code;
    }

    /** {@return the status value on the wire} */
    public int code() {
        return code;
    }

    /**
     * {@return the status with {@code code}, or empty when unknown}
     *
     * @param code the finding code
     */
    public static java.util.Optional<SessionStatus> of(long code) {
        for (SessionStatus s : values()) {
            if (s.code == code) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}

package io.residentid.pcsc.transport;

import io.residentid.core.report.Messages;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * APDU trace through SLF4J at TRACE level (logger {@code io.residentid.pcsc.transport.ApduTrace}). Command data of
 * every {@linkplain CommandApdu#isSensitive() sensitive} command — PIN commands (VERIFY 20, CHANGE REFERENCE DATA 24,
 * RESET RETRY COUNTER 2C), authentication commands (EXTERNAL/MUTUAL AUTHENTICATE 82, GET CHALLENGE 84, GENERAL
 * AUTHENTICATE 86, INTERNAL AUTHENTICATE 88) and any command marked sensitive — is replaced by
 * {@code [redacted N bytes]}: a BAC cryptogram in a log lets an offline attacker recover the document number in well
 * under a second. Response data is shown only as a length unless {@link #wrap(ApduChannel, boolean)} is asked for it
 * (responses carry personal data), and never for a sensitive command (challenges, cryptograms, signatures).
 */
public final class ApduTrace {

    private static final Logger LOG = LoggerFactory.getLogger(ApduTrace.class);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** The {@code trace.*} wording for human-readable traces in other languages (logs stay English). */
    private static final Messages MESSAGES = Messages.forPackageOf(CommandApdu.class);

    private ApduTrace() {
    }

    /**
     * A channel that traces every exchange over {@code channel} (response data as lengths only).
     *
     * @param channel the channel to trace
     * @return a channel that logs each exchange, response data left out
     */
    public static ApduChannel wrap(ApduChannel channel) {
        return wrap(channel, false);
    }

    /**
     * A channel that traces every exchange over {@code channel}.
     *
     * @param responseData whether to show response data in hex (not for sensitive commands)
     * @param channel the channel to trace
     * @return a channel that logs each exchange
     */
    public static ApduChannel wrap(ApduChannel channel, boolean responseData) {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        return new Traced(channel, responseData);
    }

    /**
     * The command as a trace line, e.g. {@code "00A4040C 07 A0000002471001"} or
     * {@code "00200081 08 [redacted 8 bytes]"}: header, Lc, data (redacted when sensitive), Le.
     *
     * @param command the command
     * @return one line describing it, sensitive data redacted
     */
    public static String describe(CommandApdu command) {
        return describe(command, null);
    }

    /**
     * The command as a trace line for a person reading {@code locale}'s language: as {@link #describe(CommandApdu)},
     * with the redaction marker in that language (e.g. Arabic {@code [٨ بايتات محجوبة]} with Arabic-Indic digits
     * when the locale asks for them). Hex stays hex. Logs use the English form.
     *
     * @param command the command to show
     * @param locale the reader's language; {@code null} for the English log form
     * @return the trace line, never holding sensitive command data
     */
    public static String describe(CommandApdu command, Locale locale) {
        StringBuilder sb = new StringBuilder(16 + command.nc() * 2);
        appendHex(sb, command.cla());
        appendHex(sb, command.ins());
        appendHex(sb, command.p1());
        appendHex(sb, command.p2());
        if (command.nc() > 0) {
            sb.append(' ');
            if (command.isExtended()) {
                sb.append("00");
                appendHex(sb, command.nc() >>> 8);
            }
            appendHex(sb, command.nc() & 0xFF);
            sb.append(' ');
            if (command.isSensitive()) {
                sb.append(redacted(command.nc(), locale));
            } else {
                byte[] data = command.data();
                for (byte b : data) {
                    appendHex(sb, b & 0xFF);
                }
            }
        }
        if (command.ne() > 0) {
            sb.append(' ');
            if (command.isExtended()) {
                if (command.nc() == 0) {
                    sb.append("00");
                }
                appendHex(sb, (command.ne() >>> 8) & 0xFF);
            }
            appendHex(sb, command.ne() & 0xFF);
        }
        return sb.toString();
    }

    /**
     * The response as a trace line: {@code "[N bytes] 9000 success"} (or hex data when asked).
     *
     * @param response the response
     * @param data whether to include the response data
     * @return one line describing it
     */
    public static String describe(ResponseApdu response, boolean data) {
        StringBuilder sb = new StringBuilder();
        if (response.nr() > 0) {
            if (data) {
                for (byte b : response.data()) {
                    appendHex(sb, b & 0xFF);
                }
            } else {
                sb.append('[').append(response.nr()).append(" bytes]");
            }
            sb.append(' ');
        }
        return sb.append(response.statusWord()).toString();
    }

    /** The marker that stands for {@code length} withheld bytes. */
    private static String redacted(int length, Locale locale) {
        if (locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return "[redacted " + length + " bytes]";
        }
        return MESSAGES.get(locale, "trace.redacted", length);
    }

    private static void appendHex(StringBuilder sb, int b) {
        sb.append(HEX[(b >>> 4) & 0x0F]).append(HEX[b & 0x0F]);
    }

    private static final class Traced extends ForwardingApduChannel {
        private final boolean responseData;

        Traced(ApduChannel inner, boolean responseData) {
            super(inner);
            this.responseData = responseData;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            boolean trace = LOG.isTraceEnabled();
            long start = trace ? System.nanoTime() : 0L;
            if (trace) {
                LOG.trace("> {}", describe(command));
            }
            ResponseApdu response = inner.transmit(command);
            if (trace) {
                LOG.trace("< {} ({} µs)", describe(response, responseData && !command.isSensitive()),
                        (System.nanoTime() - start) / 1000);
            }
            return response;
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            appendHex(sb, b & 0xFF);
        }
        return sb.toString();
    }
}

package io.residentid.pcsc.transport;

import io.residentid.pcsc.atr.Atr;
import io.residentid.pcsc.atr.AtrException;

/**
 * The ISO/IEC 7816-3/-4 transmission rules a caller should not have to care about, applied by the channel that
 * {@link #wrap(ApduChannel)} returns:
 * <ul>
 *   <li>{@code 61xx}: GET RESPONSE with Le = xx until the card answers something else, at most
 *       {@link Builder#maxGetResponse(int)} times (a card that never stops is an error, not a hang);</li>
 *   <li>{@code 6Cxx}: the same command once more with Le = xx, except a {@linkplain
 *       io.residentid.pcsc.apdu.CommandApdu#isSensitive() sensitive} command (PIN or authentication), which is never
 *       sent twice: the caller gets the {@code 6Cxx};</li>
 *   <li>command chaining: when Nc exceeds {@link Builder#maxCommandData(int)} (or 255 for a card without extended
 *       length), the data goes in chained commands (CLA b5 set on all but the last);</li>
 *   <li>extended length only when the card supports it ({@link Builder#extendedLength(boolean)}, from the caller or
 *       the ATR's card capabilities): otherwise Ne above 256 is sent as Le {@code 00} and the rest collected with
 *       GET RESPONSE.</li>
 * </ul>
 * Immutable and thread-safe; the wrapped channel is as thread-safe as the channel it wraps.
 */
public final class TransmissionRules {

    private final boolean extendedLength;
    private final int maxCommandData;
    private final int maxGetResponse;
    private final boolean chaining;

    private TransmissionRules(Builder b) {
        this.extendedLength = b.extendedLength;
        this.maxCommandData = b.maxCommandData != 0 ? b.maxCommandData : (b.extendedLength ? 65535 : 255);
        this.maxGetResponse = b.maxGetResponse;
        this.chaining = b.chaining;
    }

    /**
     * {@return a builder starting from short-length rules}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return rules for short length only: chaining above 255 bytes, at most 256 GET RESPONSE per command} */
    public static TransmissionRules defaults() {
        return builder().build();
    }

    /**
     * Rules for a card as its ATR describes it: extended length when the historical bytes' card capabilities announce
     * it, short length otherwise (also when the ATR cannot be parsed).
     *
     * @param atr the card's answer-to-reset
     * @return the rules the ATR announces (extended length, chaining)
     */
    public static TransmissionRules forAtr(byte[] atr) {
        boolean extended;
        try {
            extended = atr != null && Atr.parse(atr).extendedLengthSupported();
        } catch (AtrException e) {
            extended = false;
        }
        return builder().extendedLength(extended).build();
    }

    /**
     * A channel applying these rules over {@code channel}; closing it closes {@code channel}.
     *
     * @param channel the raw channel to the card
     * @return a channel that applies these rules to every command
     */
    public ApduChannel wrap(ApduChannel channel) {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        return new RulesChannel(channel, this);
    }

    /**
     * {@return whether commands may use extended length}
     */
    public boolean extendedLength() {
        return extendedLength;
    }

    /**
     * {@return the most command data bytes sent in one APDU}
     */
    public int maxCommandData() {
        return maxCommandData;
    }

    /**
     * {@return the most GET RESPONSE commands followed for one command}
     */
    public int maxGetResponse() {
        return maxGetResponse;
    }

    /**
     * {@return whether longer command data is sent by command chaining}
     */
    public boolean chaining() {
        return chaining;
    }

    @Override
    public String toString() {
        return "TransmissionRules[extendedLength=" + extendedLength + ", maxCommandData=" + maxCommandData
                + ", maxGetResponse=" + maxGetResponse + ", chaining=" + chaining + "]";
    }

    /** Configures {@link TransmissionRules}. */
    public static final class Builder {
        private boolean extendedLength;
        private int maxCommandData;
        private int maxGetResponse = 256;
        private boolean chaining = true;

        private Builder() {
        }

        /**
         * Whether the card accepts extended Lc/Le (ATR card capabilities, or EF.ATR/INFO). Default false.
         *
         * @param supported whether the card accepts extended Lc/Le (ATR card capabilities, or EF.ATR/INFO)
         * @return this builder
         */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        /**
         * The most command data the card takes in one command (1..65535); longer data is chained. Default 255, or
         * 65535 with extended length.
         *
         * @param bytes the most command data bytes per APDU
         * @return this builder
         */
        public Builder maxCommandData(int bytes) {
            if (bytes < 1 || bytes > 65535) {
                throw new IllegalArgumentException("maxCommandData must be 1..65535, was " + bytes);
            }
            this.maxCommandData = bytes;
            return this;
        }

        /**
         * Bound on GET RESPONSE commands for one command (1..4096, default 256).
         *
         * @param count bound on GET RESPONSE commands for one command (1..4096, default 256)
         * @return this builder
         */
        public Builder maxGetResponse(int count) {
            if (count < 1 || count > 4096) {
                throw new IllegalArgumentException("maxGetResponse must be 1..4096, was " + count);
            }
            this.maxGetResponse = count;
            return this;
        }

        /**
         * Whether long data may be chained (default true); without it, too long data is an error.
         *
         * @param allowed whether long data may be chained
         * @return this builder
         */
        public Builder chaining(boolean allowed) {
            this.chaining = allowed;
            return this;
        }

        /**
         * {@return the rules}
         */
        public TransmissionRules build() {
            if (!extendedLength && maxCommandData > 255) {
                throw new IllegalArgumentException("maxCommandData above 255 needs extended length");
            }
            return new TransmissionRules(this);
        }
    }
}

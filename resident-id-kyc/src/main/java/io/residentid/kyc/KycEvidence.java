package io.residentid.kyc;

import io.residentid.core.model.Bytes;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a bank has about one onboarding, every item optional: the chip evidence, the MRZ as OCR read it from
 * the printed side, a QR credential's text, the declared customer data and a live face image for the bank's
 * {@link FaceMatcher}. Immutable; {@link #toString()} names the items present, not their content.
 */
public final class KycEvidence {

    /** Upper bound on the OCR MRZ text, in characters. */
    public static final int MAX_MRZ_CHARS = 1024;
    /** Upper bound on the QR credential text, in characters. */
    public static final int MAX_QR_CHARS = 8192;

    private final ChipEvidence chip;
    private final String ocrMrz;
    private final String qrText;
    private final DeclaredData declared;
    private final Bytes liveFace;
    private final String caseId;
    private final HolderAuthenticationTranscript holderAuthentication;

    private KycEvidence(Builder b) {
        this.holderAuthentication = b.holderAuthentication;
        this.chip = b.chip;
        this.ocrMrz = b.ocrMrz;
        this.qrText = b.qrText;
        this.declared = b.declared;
        this.liveFace = b.liveFace;
        this.caseId = b.caseId;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the chip evidence} */
    public Optional<ChipEvidence> chip() {
        return Optional.ofNullable(chip);
    }

    /** {@return the OCR MRZ text} */
    public Optional<String> ocrMrz() {
        return Optional.ofNullable(ocrMrz);
    }

    /** {@return the QR credential text} */
    public Optional<String> qrText() {
        return Optional.ofNullable(qrText);
    }

    /** {@return the declared customer data} */
    public Optional<DeclaredData> declared() {
        return Optional.ofNullable(declared);
    }

    /** {@return the live face image} */
    public Optional<Bytes> liveFace() {
        return Optional.ofNullable(liveFace);
    }

    /** {@return the holder-authentication transcript, when given} */
    public Optional<HolderAuthenticationTranscript> holderAuthentication() {
        return Optional.ofNullable(holderAuthentication);
    }

    /** {@return the bank's case identifier, when given (kept in the report; it links the record to its evidence)} */
    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    @Override
    public String toString() {
        return "KycEvidence[chip=" + (chip != null) + ", ocrMrz=" + (ocrMrz != null) + ", qr=" + (qrText != null)
                + ", declared=" + (declared != null) + ", liveFace=" + (liveFace != null) + "]";
    }

    /** Builder of {@link KycEvidence}. */
    public static final class Builder {
        private ChipEvidence chip;
        private String ocrMrz;
        private String qrText;
        private DeclaredData declared;
        private Bytes liveFace;
        private String caseId;
        private HolderAuthenticationTranscript holderAuthentication;

        private Builder() {
        }

        /**
         * The transcript of holder authentication with the card's PKI applet.
         *
         * @param transcript the session transcript both sides hash
         * @return this builder
         */
        public Builder holderAuthentication(HolderAuthenticationTranscript transcript) {
            this.holderAuthentication = Objects.requireNonNull(transcript, "transcript");
            return this;
        }

        /**
         * The chip evidence.
         *
         * @param evidence the evidence to verify
         * @return this builder
         */
        public Builder chip(ChipEvidence evidence) {
            this.chip = Objects.requireNonNull(evidence, "evidence");
            return this;
        }

        /**
         * The MRZ text as OCR read it (lines separated by line breaks).
         *
         * @param text the text
         * @return this builder
         */
        public Builder ocrMrz(String text) {
            Objects.requireNonNull(text, "text");
            if (text.length() > MAX_MRZ_CHARS) {
                throw new IllegalArgumentException("OCR MRZ longer than " + MAX_MRZ_CHARS + " characters");
            }
            this.ocrMrz = text;
            return this;
        }

        /**
         * The QR credential as scanned.
         *
         * @param text the text
         * @return this builder
         */
        public Builder qrText(String text) {
            Objects.requireNonNull(text, "text");
            if (text.length() > MAX_QR_CHARS) {
                throw new IllegalArgumentException("QR text longer than " + MAX_QR_CHARS + " characters");
            }
            this.qrText = text;
            return this;
        }

        /**
         * The declared customer data.
         *
         * @param data the input bytes
         * @return this builder
         */
        public Builder declared(DeclaredData data) {
            this.declared = Objects.requireNonNull(data, "data");
            return this;
        }

        /**
         * A live face image for the face matcher.
         *
         * @param image the image (JPEG or PNG)
         * @return this builder
         */
        public Builder liveFace(Bytes image) {
            this.liveFace = Objects.requireNonNull(image, "image");
            return this;
        }

        /**
         * The bank's case identifier: 1–64 of {@code A-Z a-z 0-9 . _ -}.
         *
         * @param id the identifier
         * @return this builder
         */
        public Builder caseId(String id) {
            Objects.requireNonNull(id, "id");
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("caseId must be 1-64 of A-Z a-z 0-9 . _ -");
            }
            this.caseId = id;
            return this;
        }

        /** {@return the evidence} */
        public KycEvidence build() {
            return new KycEvidence(this);
        }
    }
}

package io.residentid.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.Bytes;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Nationality;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import java.io.IOException;
import java.util.Locale;

/**
 * The stable JSON forms of the SDK's result types, registered in {@link ResidentIdJson#mapper()}:
 * <ul>
 *   <li>{@link Finding}: {@code {"code", "severity", "message"}} (message in the locale of the
 *       {@link #LOCALE} attribute, English by default);</li>
 *   <li>any {@link Report}: {@code {"verdict", "valid", "findings"}} plus what the type adds (an identifier
 *       validation adds the country, the masked number and the facts the number encodes);</li>
 *   <li>{@link IssuingCountry}: its ISO 3166-1 alpha-2 code ({@code "OM"}), read back from alpha-2, alpha-3 or name;</li>
 *   <li>{@link Bytes}: upper-case hexadecimal (personal values as {@code null}, unless unmasked).</li>
 * </ul>
 * Personal data is masked unless the writer carries {@link #UNMASKED} = {@code true}:
 * {@code ResidentIdJson.mapper().writer().withAttribute(ResultJsonModule.UNMASKED, true)}.
 */
public final class ResultJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Writer attribute: {@code Boolean.TRUE} to write personal data unmasked (the caller's explicit choice). */
    public static final String UNMASKED = "io.residentid.unmasked";
    /** Writer attribute: the {@link Locale} of finding messages (default English). */
    public static final String LOCALE = "io.residentid.locale";

    /** A module with every result serializer. */
    public ResultJsonModule() {
        super("resident-id-results");
        addSerializer(Finding.class, new FindingSerializer());
        addSerializer(IssuingCountry.class, new CountrySerializer());
        addDeserializer(IssuingCountry.class, new CountryDeserializer());
        addSerializer(Bytes.class, new BytesSerializer());
        addSerializer(IdValidationResult.class, new IdResultSerializer());
        addSerializer(Mrz.class, new MrzSerializer());
        addSerializer(Report.class, new ReportSerializer());
    }

    static boolean unmasked(SerializerProvider provider) {
        return Boolean.TRUE.equals(provider.getAttribute(UNMASKED));
    }

    static Locale locale(SerializerProvider provider) {
        Object locale = provider.getAttribute(LOCALE);
        return locale instanceof Locale l ? l : Locale.ENGLISH;
    }

    /** Writes {@code verdict}, {@code valid} and {@code findings}: the part every report shares. */
    static void writeReportFields(Report report, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStringField("verdict", report.verdict().name());
        gen.writeBooleanField("valid", report.verdict().isValid());
        gen.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            provider.defaultSerializeValue(finding, gen);
        }
        gen.writeEndArray();
    }

    private static final class FindingSerializer extends JsonSerializer<Finding> {
        @Override
        public void serialize(Finding f, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("code", f.code());
            gen.writeStringField("severity", f.severity().name());
            gen.writeStringField("message", f.message(locale(provider)));
            gen.writeEndObject();
        }
    }

    private static final class ReportSerializer extends JsonSerializer<Report> {
        @Override
        public void serialize(Report r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            writeReportFields(r, gen, provider);
            gen.writeEndObject();
        }
    }

    private static final class CountrySerializer extends JsonSerializer<IssuingCountry> {
        @Override
        public void serialize(IssuingCountry c, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(c.alpha2());
        }
    }

    private static final class CountryDeserializer extends JsonDeserializer<IssuingCountry> {
        @Override
        public IssuingCountry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return IssuingCountry.fromCode(text == null ? "" : text).orElseThrow(
                    () -> new JsonFormatException(JsonCode.JSON_WRONG_TYPE, p.getParsingContext().pathAsPointer()
                            .toString(), -1, "a GCC country code (OM, SA, QA, AE, KW, BH)"));
        }
    }

    private static final class BytesSerializer extends JsonSerializer<Bytes> {
        @Override
        public void serialize(Bytes b, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (b.isPersonal() && !unmasked(provider)) {
                gen.writeNull();
            } else {
                gen.writeString(b.toHex());
            }
        }
    }

    private static final class IdResultSerializer extends JsonSerializer<IdValidationResult> {
        @Override
        public void serialize(IdValidationResult r, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            boolean plain = unmasked(provider);
            gen.writeStartObject();
            gen.writeStringField("country", r.country().alpha2());
            gen.writeStringField("input", plain ? r.input() : r.maskedInput());
            writeReportFields(r, gen, provider);
            if (r.holderType().isPresent()) {
                gen.writeStringField("holderType", r.holderType().get().name());
            }
            if (plain && r.birthYear().isPresent()) {
                gen.writeNumberField("birthYear", r.birthYear().getAsInt());
            }
            if (plain && r.birthDate().isPresent()) {
                gen.writeStringField("birthDate", r.birthDate().get().toString());
            }
            if (r.nationality().isPresent()) {
                gen.writeStringField("nationality", r.nationality().map(Nationality::code).orElse(null));
            }
            gen.writeEndObject();
        }
    }

    private static final class MrzSerializer extends JsonSerializer<Mrz> {
        @Override
        public void serialize(Mrz m, JsonGenerator gen, SerializerProvider provider) throws IOException {
            boolean plain = unmasked(provider);
            gen.writeStartObject();
            gen.writeStringField("format", m.format().name());
            gen.writeStringField("documentNumber", plain ? m.documentNumber() : Masking.identifier(m.documentNumber()));
            writeReportFields(m, gen, provider);
            gen.writeEndObject();
        }
    }
}

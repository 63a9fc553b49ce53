package io.residentid.pcsc.icao;

import io.residentid.core.model.Address;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Person;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParseException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Maps what a chip read into the core model: DG1's MRZ is the skeleton (it is always present and check-digited);
 * DG11 and DG12 only add or refine. A DG11/DG12 value the model rejects (too long, not a date) is left out rather
 * than losing the whole document, since the MRZ alone is a complete document.
 */
final class ChipDocuments {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ChipDocuments() {
    }

    static Optional<IdentityDocument> toIdentityDocument(Optional<Dg1> dg1, Optional<Dg11> dg11,
            Optional<Dg12> dg12) {
        if (dg1.isEmpty()) {
            return Optional.empty();
        }
        Mrz mrz;
        try {
            mrz = dg1.get().toMrz();
        } catch (MrzParseException | LdsFormatException e) {
            return Optional.empty();
        }
        Optional<IssuingCountry> country = IssuingCountry.fromCode(mrz.issuingState());
        if (country.isEmpty() || !Nationality.isKnown(mrz.nationality())) {
            return Optional.empty();
        }
        IdentityDocument base;
        try {
            DocumentType type = country.get() == IssuingCountry.SAUDI_ARABIA
                    && mrz.nationality().equals(country.get().alpha3())
                    ? DocumentType.SAUDI_NATIONAL_ID : DocumentType.residentDocumentOf(country.get());
            Person holder = Person.builder().primaryIdentifier(mrz.primaryIdentifier())
                    .secondaryIdentifier(mrz.secondaryIdentifier()).sex(mrz.sex())
                    .nationality(Nationality.of(mrz.nationality())).dateOfBirth(mrz.dateOfBirth()).build();
            base = IdentityDocument.builder().type(type).documentNumber(mrz.documentNumber())
                    .dateOfExpiry(mrz.dateOfExpiry()).holder(holder).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
        IdentityDocument document = base;
        if (dg11.isPresent()) {
            document = enrich(document, dg11.get());
        }
        if (dg12.isPresent()) {
            document = enrich(document, dg12.get());
        }
        return Optional.of(document);
    }

    private static IdentityDocument enrich(IdentityDocument document, Dg11 dg11) {
        Person holder = document.holder();
        holder = tryPerson(holder, holder.toBuilder().dateOfBirth(date(dg11.fullDateOfBirth())
                .orElse(holder.dateOfBirth())));
        if (dg11.fullName() != null) {
            if (hasArabic(dg11.fullName())) {
                holder = tryPerson(holder, holder.toBuilder().arabicName(dg11.fullName().strip()));
            } else if (dg11.fullName().contains("<<")) {
                // The chip's full name is not truncated to the MRZ's 30 characters.
                int split = dg11.fullName().indexOf("<<");
                holder = tryPerson(holder, holder.toBuilder()
                        .primaryIdentifier(dg11.fullName().substring(0, split).replace('<', ' ').strip())
                        .secondaryIdentifier(dg11.fullName().substring(split + 2).replace('<', ' ').strip()));
            }
        }
        List<String> lines = dg11.address().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!lines.isEmpty()) {
            try {
                holder = holder.toBuilder().address(new Address(lines, null, null)).build();
            } catch (IllegalArgumentException e) {
                // address left out (too many or too long lines)
            }
        }
        if (dg11.profession() != null && !dg11.profession().isBlank()) {
            holder = tryPerson(holder, holder.toBuilder().occupation(dg11.profession().strip()));
        }
        IdentityDocument out = tryDocument(document, document.toBuilder().holder(holder));
        if (dg11.personalNumber() != null && !dg11.personalNumber().isBlank()) {
            out = tryDocument(out, out.toBuilder().personalNumber(dg11.personalNumber().strip()));
        }
        return out;
    }

    private static IdentityDocument enrich(IdentityDocument document, Dg12 dg12) {
        IdentityDocument out = document;
        if (dg12.issuingAuthority() != null && !dg12.issuingAuthority().isBlank()) {
            out = tryDocument(out, out.toBuilder().issuingAuthority(dg12.issuingAuthority().strip()));
        }
        Optional<LocalDate> issued = date(dg12.dateOfIssue());
        if (issued.isPresent()) {
            out = tryDocument(out, out.toBuilder().dateOfIssue(issued.get()));
        }
        return out;
    }

    private static Person tryPerson(Person fallback, Person.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static IdentityDocument tryDocument(IdentityDocument fallback, IdentityDocument.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Optional<LocalDate> date(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, YYYYMMDD));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}

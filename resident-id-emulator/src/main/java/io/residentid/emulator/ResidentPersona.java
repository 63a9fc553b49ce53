package io.residentid.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.core.json.ResidentIdJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The resident an emulated card is personalised for (test data): identity as printed in the MRZ, the national
 * details of DG11/DG12/DG13, the face image and the card's secrets (CAN, PIN, PUK). Loaded from JSON with the
 * project's strict mapper. {@link #toString()} hides everything personal.
 *
 * @param documentNumber  document number (MRZ alphabet, up to 9 characters here)
 * @param issuingState    ICAO 3-letter code of the issuing state, e.g. {@code OMN}
 * @param nationality     ICAO 3-letter nationality
 * @param surname         primary identifier (Latin, MRZ form)
 * @param givenNames      secondary identifier (Latin, MRZ form)
 * @param nameNational    full name in national characters (DG11), may be null
 * @param sex             {@code M}, {@code F} or {@code X}
 * @param dateOfBirth     date of birth
 * @param dateOfExpiry    date of expiry
 * @param dateOfIssue     date of issue (DG12), may be null
 * @param personalNumber  civil / resident number (DG11), may be null
 * @param placeOfBirth    place of birth (DG11), may be null
 * @param address         address lines (DG11)
 * @param telephone       telephone (DG11), may be null
 * @param profession      profession (DG11), may be null
 * @param issuingAuthority issuing authority (DG12), may be null
 * @param employer        employer (DG13, emulated layout), may be null
 * @param sponsor         sponsor (DG13, emulated layout), may be null
 * @param faceImage       path of a JPEG/JPEG 2000 file (relative to the persona file), or null for a generated image
 * @param can             card access number (6 digits)
 * @param pin             PKI applet PIN (6 digits)
 * @param puk             PKI applet PUK (8 digits)
 */
public record ResidentPersona(String documentNumber, String issuingState, String nationality, String surname,
        String givenNames, String nameNational, String sex, LocalDate dateOfBirth, LocalDate dateOfExpiry,
        LocalDate dateOfIssue, String personalNumber, String placeOfBirth, List<String> address, String telephone,
        String profession, String issuingAuthority, String employer, String sponsor, String faceImage, String can,
        String pin, String puk) {

    /**
     * Creates the record, checking its components.
     *
     * @param documentNumber document number (MRZ alphabet, up to 9 characters here)
     * @param issuingState ICAO 3-letter code of the issuing state, e.g. {@code OMN}
     * @param nationality ICAO 3-letter nationality
     * @param surname primary identifier (Latin, MRZ form)
     * @param givenNames secondary identifier (Latin, MRZ form)
     * @param nameNational full name in national characters (DG11), may be null
     * @param sex {@code M}, {@code F} or {@code X}
     * @param dateOfBirth date of birth
     * @param dateOfExpiry date of expiry
     * @param dateOfIssue date of issue (DG12), may be null
     * @param personalNumber civil / resident number (DG11), may be null
     * @param placeOfBirth place of birth (DG11), may be null
     * @param address address lines (DG11)
     * @param telephone telephone (DG11), may be null
     * @param profession profession (DG11), may be null
     * @param issuingAuthority issuing authority (DG12), may be null
     * @param employer employer (DG13, emulated layout), may be null
     * @param sponsor sponsor (DG13, emulated layout), may be null
     * @param faceImage path of a JPEG/JPEG 2000 file (relative to the persona file), or null for a generated image
     * @param can card access number (6 digits)
     * @param pin PKI applet PIN (6 digits)
     * @param puk PKI applet PUK (8 digits)
     */
    public ResidentPersona {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        nationality = nationality == null ? issuingState : nationality;
        givenNames = givenNames == null ? "" : givenNames;
        sex = sex == null ? "X" : sex;
        address = address == null ? List.of() : List.copyOf(address);
        can = can == null ? "123456" : can;
        pin = pin == null ? "123456" : pin;
        puk = puk == null ? "12345678" : puk;
        if (!can.matches("[0-9]{6}") || !pin.matches("[0-9]{6}") || !puk.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("CAN and PIN must be 6 digits, PUK 8 digits");
        }
        if (!documentNumber.matches("[0-9A-Z]{1,9}")) {
            throw new IllegalArgumentException("documentNumber must be 1-9 characters 0-9 A-Z");
        }
    }

    /** {@return the built-in demo resident (fictitious; test data only)} */
    public static ResidentPersona demo() {
        return new ResidentPersona("RC1234567", "OMN", "IND", "KUMAR", "RAVI", "رافي كومار", "M",
                LocalDate.of(1988, 4, 12), LocalDate.of(2031, 4, 30), LocalDate.of(2026, 5, 1), "123456782",
                "KERALA", List.of("WAY 2134", "AL KHUWAIR", "MUSCAT"), "+96890000000", "SITE ENGINEER",
                "ROYAL OMAN POLICE", "OMAN BUILD LLC", "OMAN BUILD LLC", null, "123456", "123456", "12345678");
    }

    /**
     * Reads a persona from JSON (ISO dates; unknown properties rejected).
     *
     * @param file the persona JSON file
     * @return the persona
     * @throws IOException when the file cannot be read or is not a valid persona
     */
    public static ResidentPersona read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a persona from JSON.
     *
     * @param in the persona JSON
     * @return the persona
     * @throws IOException when the stream cannot be read or is not a valid persona
     */
    public static ResidentPersona read(InputStream in) throws IOException {
        ObjectMapper mapper = ResidentIdJson.mapper();
        try {
            ResidentPersona persona = mapper.readValue(in, ResidentPersona.class);
            if (persona == null) {
                // The JSON literal null maps to no persona: still not a persona file.
                throw new IOException("invalid persona: the document is null");
            }
            return persona;
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid persona: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ResidentPersona[" + issuingState + ", hidden]";
    }
}

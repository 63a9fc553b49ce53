/**
 * Personal names compared across Latin and Arabic script: {@link io.residentid.kyc.names.NameMatcher} (normalisation,
 * MRZ form, ICAO 9303 Arabic transliteration, phonetic skeletons, variant spellings kept as data) answering
 * MATCH / PARTIAL / NO_MATCH with a bilingual explanation per name part.
 */
package io.residentid.kyc.names;

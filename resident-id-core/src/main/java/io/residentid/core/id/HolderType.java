package io.residentid.core.id;

/** Who an identifier belongs to, where the number itself says so (Saudi first digit, Qatar nationality digits). */
public enum HolderType {
    /** A citizen of the issuing state (Saudi national ID starting with 1, Qatar ID with nationality 634). */
    CITIZEN,
    /** A foreign resident (Saudi Iqama starting with 2, Qatar ID with any other nationality). */
    RESIDENT
}

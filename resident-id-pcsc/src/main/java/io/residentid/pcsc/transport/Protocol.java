package io.residentid.pcsc.transport;

/** Transmission protocol asked for when connecting to a card. */
public enum Protocol {
    /** Character-oriented T=0. */
    T0("T=0"),
    /** Block-oriented T=1. */
    T1("T=1"),
    /** Whatever the card and reader agree on. */
    ANY("*");

    private final String pcscName;

    Protocol(String pcscName) {
        this.pcscName = pcscName;
    }

    /** {@return the name {@code javax.smartcardio} uses} */
    public String pcscName() {
        return pcscName;
    }
}

package io.residentid.pcsc.apdu;

/** How a class byte is coded (ISO/IEC 7816-4 §5.4.1). */
public enum CommandClass {
    /** {@code 000x xxxx}: channels 0-3, SM bits b4-b3, chaining bit b5. */
    FIRST_INTERINDUSTRY,
    /** {@code 01xx xxxx}: channels 4-19, SM bit b6, chaining bit b5. */
    FURTHER_INTERINDUSTRY,
    /** {@code 001x xxxx}: reserved for future use. */
    RFU,
    /** {@code 1xxx xxxx} except {@code FF}: proprietary (e.g. GlobalPlatform). */
    PROPRIETARY;

    static CommandClass of(int cla) {
        if ((cla & 0x80) != 0) {
            return PROPRIETARY;
        }
        if ((cla & 0x40) != 0) {
            return FURTHER_INTERINDUSTRY;
        }
        return (cla & 0x20) != 0 ? RFU : FIRST_INTERINDUSTRY;
    }

    static int logicalChannel(int cla) {
        switch (of(cla)) {
            case FURTHER_INTERINDUSTRY:
                return 4 + (cla & 0x0F);
            case FIRST_INTERINDUSTRY:
            case PROPRIETARY:
                return cla & 0x03;
            default:
                return 0;
        }
    }

    static SecureMessagingIndication secureMessaging(int cla) {
        switch (of(cla)) {
            case FIRST_INTERINDUSTRY:
                return SecureMessagingIndication.values()[(cla >>> 2) & 0x03];
            case FURTHER_INTERINDUSTRY:
                return (cla & 0x20) != 0 ? SecureMessagingIndication.HEADER_NOT_PROCESSED
                        : SecureMessagingIndication.NONE;
            default:
                return SecureMessagingIndication.NONE;
        }
    }

    /** Applies channel / SM / chaining requests (null = keep) to a base class byte. */
    static int compose(int base, Integer channel, SecureMessagingIndication sm, Boolean chaining) {
        int cla = base;
        if (channel != null || sm != null) {
            CommandClass kind = of(base);
            if (kind != FIRST_INTERINDUSTRY && kind != FURTHER_INTERINDUSTRY) {
                throw new InvalidApduException(String.format(
                        "CLA %02X is not interindustry: logical channel and secure messaging cannot be coded", base));
            }
            int ch = channel != null ? channel : logicalChannel(base);
            SecureMessagingIndication indication = sm != null ? sm : secureMessaging(base);
            boolean chain = (base & 0x10) != 0;
            if (ch < 0 || ch > 19) {
                throw new InvalidApduException("logical channel must be 0..19, was " + ch);
            }
            if (ch <= 3) {
                cla = (chain ? 0x10 : 0) | indication.firstClassBits() | ch;
            } else {
                if (indication == SecureMessagingIndication.PROPRIETARY
                        || indication == SecureMessagingIndication.HEADER_AUTHENTICATED) {
                    throw new InvalidApduException("channels 4-19 (further interindustry class) can only indicate "
                            + "SM with the command header not processed, not " + indication);
                }
                cla = 0x40 | (indication == SecureMessagingIndication.NONE ? 0 : 0x20) | (chain ? 0x10 : 0)
                        | (ch - 4);
            }
        }
        if (chaining != null) {
            if (of(cla) == RFU) {
                throw new InvalidApduException(String.format("CLA %02X is RFU: chaining cannot be coded", cla));
            }
            cla = chaining ? (cla | 0x10) : (cla & ~0x10);
        }
        return cla;
    }
}

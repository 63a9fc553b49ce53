package io.residentid.qr.format;

/** QR error-correction level. The format's size target is measured at {@link #M}. */
public enum EccLevel {
    /** About 7 % recovery. */
    L,
    /** About 15 % recovery: the default. */
    M,
    /** About 25 % recovery. */
    Q,
    /** About 30 % recovery. */
    H
}

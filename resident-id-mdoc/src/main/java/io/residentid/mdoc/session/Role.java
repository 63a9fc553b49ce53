package io.residentid.mdoc.session;

/** Which side of the session a {@link SessionEncryption} plays. */
public enum Role {
    /** The mdoc reader: encrypts with SKReader, decrypts with SKDevice. */
    READER,
    /** The mdoc (holder device): encrypts with SKDevice, decrypts with SKReader. */
    DEVICE
}

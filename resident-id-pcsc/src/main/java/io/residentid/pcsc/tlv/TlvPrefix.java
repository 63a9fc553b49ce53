package io.residentid.pcsc.tlv;

/**
 * The first data object of an input and where it ended, from {@link TlvParser#parsePrefix(byte[])}.
 *
 * @param tlv           the parsed data object
 * @param consumed      number of input bytes the object occupies (tag, length and value)
 * @param trailingBytes number of input bytes after it
 */
public record TlvPrefix(Tlv tlv, int consumed, int trailingBytes) {
}

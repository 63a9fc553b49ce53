/**
 * BER-TLV data objects (ISO/IEC 7816-4 §5.2, ITU-T X.690 §8.1): {@link io.residentid.pcsc.tlv.Tlv} (immutable tree,
 * builder, encoder, tag-path lookup), {@link io.residentid.pcsc.tlv.TlvTag}, the configurable
 * {@link io.residentid.pcsc.tlv.TlvParser} (depth, size and object bounds; length policy; padding) and the zero-copy
 * {@link io.residentid.pcsc.tlv.TlvReader}. Malformed input throws {@link io.residentid.pcsc.tlv.TlvException} with a
 * stable reason code and the byte offset.
 */
package io.residentid.pcsc.tlv;

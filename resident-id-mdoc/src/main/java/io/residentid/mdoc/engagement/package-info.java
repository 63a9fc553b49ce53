/** DeviceEngagement: the mdoc's QR code ({@code mdoc:}) or NFC engagement. */
package io.residentid.mdoc.engagement;

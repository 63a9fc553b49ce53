/**
 * Implementation helpers of the QR module (log escaping). Not part of the API: no compatibility promise.
 */
package io.residentid.qr.internal;

/**
 * ICAO visible digital seals: decode VDS (ICAO 9303-13, BSI TR-03137), VDS-NC and IDB barcodes through a
 * data-driven catalogue ({@link io.residentid.qr.seal.SealDecoder}, {@link io.residentid.qr.seal.SealCatalogue}),
 * verify their ECDSA signatures and their signers' chains to CSCAs from master lists or CSCA files
 * ({@link io.residentid.qr.seal.SealVerifier}, three-state {@link io.residentid.qr.seal.SignatureStatus}), read them
 * from images ({@link io.residentid.qr.seal.SealImages}) and issue them ({@link io.residentid.qr.seal.SealIssuer}).
 */
package io.residentid.qr.seal;

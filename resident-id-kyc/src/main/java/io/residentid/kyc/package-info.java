/**
 * KYC verification for banks: evidence in, one explainable verdict out. Start at {@code KycVerifier}.
 */
package io.residentid.kyc;

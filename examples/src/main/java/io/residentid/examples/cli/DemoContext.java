package io.residentid.examples.cli;

import java.nio.file.Path;

/**
 * What demo steps share: a scratch directory for the files they write (PNG, keys, trust lists).
 *
 * @param workDir scratch directory, created by the demo
 */
public record DemoContext(Path workDir) {

    /**
     * The sex of the demo's fictitious holder (the MRZ step's card says {@code M}): Arabic sentences about the
     * holder agree with it.
     */
    public static final io.residentid.core.model.Sex SAMPLE_HOLDER_SEX = io.residentid.core.model.Sex.MALE;
}

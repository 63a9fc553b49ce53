package io.residentid.examples.cli;

import java.nio.file.Path;

/**
 * What demo steps share: a scratch directory for the files they write (PNG, keys, trust lists).
 *
 * @param workDir scratch directory, created by the demo
 */
public record DemoContext(Path workDir) {
}

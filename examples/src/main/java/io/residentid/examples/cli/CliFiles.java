package io.residentid.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Bounded file reads and writes for every command: a missing, oversized or unreadable input file is a one-line
 * usage error (exit 2), an unwritable output an environment error (exit 3), both in the user's language.
 */
public final class CliFiles {

    private CliFiles() {
    }

    /**
     * Reads a whole regular file of at most {@code maxBytes}.
     *
     * @throws CliException (usage) when the file is missing, larger than {@code maxBytes} or unreadable
     */
    public static byte[] read(CliOutput out, Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file)) {
                throw CliException.usage(out.text("file.missing", file));
            }
            if (Files.size(file) > maxBytes) {
                throw CliException.usage(out.text("file.tooLarge", file, String.valueOf(maxBytes)));
            }
            byte[] content = Files.readAllBytes(file);
            // The file may have grown between the size check and the read.
            if (content.length > maxBytes) {
                throw CliException.usage(out.text("file.tooLarge", file, String.valueOf(maxBytes)));
            }
            return content;
        } catch (NoSuchFileException e) {
            throw CliException.usage(out.text("file.missing", file));
        } catch (IOException e) {
            throw CliException.usage(out.text("file.unreadable", file, e.getMessage()));
        }
    }

    /**
     * Writes a file, creating its parent folders.
     *
     * @throws CliException (environment) when the file cannot be written
     */
    public static void write(CliOutput out, Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw CliException.environment(out.text("file.unwritable", file, e.getMessage()), e);
        }
    }
}

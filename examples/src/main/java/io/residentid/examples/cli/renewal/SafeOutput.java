package io.residentid.examples.cli.renewal;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * An output file written safely: into a temporary file beside the target, moved into place atomically by
 * {@link #commit()} only when the whole output is written, deleted by {@link #discard()} otherwise.
 */
final class SafeOutput {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;

    private SafeOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /** Opens a temporary file in the target's directory (same file system, so the final move is atomic). */
    static SafeOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".part");
        return new SafeOutput(absolute, temporary, Files.newOutputStream(temporary));
    }

    OutputStream stream() {
        return stream;
    }

    /** Closes the stream and moves the finished file over the target. */
    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Closes the stream and deletes the temporary file; the target is left as it was. */
    void discard() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // The file is deleted next; a close failure changes nothing.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Best effort: a leftover .part file is visibly incomplete and never the target.
        }
    }

    /**
     * Refuses an output that is the input: the same path, or the same file reached through a link.
     *
     * @throws CliException a usage error naming the file
     */
    static void refuseSameFile(Path input, Path output, Messages messages, Locale locale) {
        boolean same = input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
        if (!same && Files.exists(input) && Files.exists(output)) {
            try {
                same = Files.isSameFile(input, output);
            } catch (IOException e) {
                same = false;
            }
        }
        if (same) {
            throw CliException.usage(messages.get(locale, "batch.sameFile", output));
        }
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

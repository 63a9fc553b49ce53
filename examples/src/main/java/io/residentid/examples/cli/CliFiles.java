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

    /**
     * Writes a private key file: created owner-only (0600 on POSIX file systems, never readable by others even for
     * a moment), and refused when the file exists unless {@code force} (then replaced atomically).
     *
     * @throws CliException (usage) when the file exists and {@code force} is false; (environment) when it cannot be
     *                      written
     */
    public static void writePrivate(CliOutput out, Path file, byte[] content, boolean force) {
        try {
            writePrivate(file, content, force);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw CliException.usage(out.text("file.exists", file));
        } catch (IOException e) {
            throw CliException.environment(out.text("file.unwritable", file, e.getMessage()), e);
        }
    }

    /**
     * Writes a private key file owner-only, without a CLI context (demo steps).
     *
     * @throws java.nio.file.FileAlreadyExistsException when it exists and {@code force} is false
     * @throws IOException                               when it cannot be written
     */
    public static void writePrivate(Path file, byte[] content, boolean force) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!force && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(file.toString());
        }
        boolean posix = Files.getFileStore(parent == null ? absolute.getRoot() : parent)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class);
        java.nio.file.attribute.FileAttribute<?>[] ownerOnly = posix
                ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
        if (!force) {
            // CREATE_NEW: fails if the file appeared meanwhile; the permissions are set when the file is created.
            try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(absolute, java.util.EnumSet.of(
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), ownerOnly)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
            }
            return;
        }
        // Written to a fresh owner-only temporary file next to the target, then moved over it: the key is never in a
        // file with wider permissions, and the existing file is replaced in one step.
        Path temp = Files.createTempFile(parent, ".key-", ".tmp", ownerOnly);
        try {
            Files.write(temp, content);
            Files.move(temp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

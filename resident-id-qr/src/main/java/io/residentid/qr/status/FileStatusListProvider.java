package io.residentid.qr.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads status list tokens from files; a file serves the URI in its token's {@code sub} (the signature is checked
 * later by {@link StatusChecker}). Files larger than {@link StatusListToken#MAX_TOKEN_LENGTH} are refused.
 */
public final class FileStatusListProvider implements StatusListProvider {

    private final List<Path> files;

    private FileStatusListProvider(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /**
     * {@return a provider over these token files}
     *
     * @param files the token files, one per status list URI
     */
    public static FileStatusListProvider of(Path... files) {
        return new FileStatusListProvider(List.of(files));
    }

    @Override
    public Optional<String> fetch(String uri) throws IOException {
        for (Path file : files) {
            if (Files.size(file) > StatusListToken.MAX_TOKEN_LENGTH) {
                throw new IOException("Status list file too large: " + io.residentid.qr.internal.LogSafe.value(file.getFileName()));
            }
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (StatusListToken.peekSubject(token).filter(uri::equals).isPresent()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "FileStatusListProvider" + files;
    }
}

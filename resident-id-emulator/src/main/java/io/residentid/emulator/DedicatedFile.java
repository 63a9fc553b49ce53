package io.residentid.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A dedicated file (the MF {@code 3F00} or a DF) of the software card: file identifier, optional DF name (AID) and
 * children. Build the tree before handing it to {@link SoftCard}; afterwards it is only read.
 */
public final class DedicatedFile {

    private final int fid;
    private final byte[] name;
    private final List<ElementaryFile> files = new ArrayList<>();
    private final List<DedicatedFile> dfs = new ArrayList<>();
    private DedicatedFile parent;

    private DedicatedFile(int fid, byte[] name) {
        if (fid < 0 || fid > 0xFFFF) {
            throw new IllegalArgumentException("file identifier must be 0000..FFFF");
        }
        if (name != null && (name.length < 1 || name.length > 16)) {
            throw new IllegalArgumentException("DF name must be 1..16 bytes");
        }
        this.fid = fid;
        this.name = name == null ? null : name.clone();
    }

    /** {@return the master file {@code 3F00}} */
    public static DedicatedFile master() {
        return new DedicatedFile(0x3F00, null);
    }

    /**
     * A DF with a file identifier and no name.
     *
     * @param fid the file identifier
     * @return an empty DF without a name
     */
    public static DedicatedFile of(int fid) {
        return new DedicatedFile(fid, null);
    }

    /**
     * A DF with a file identifier and a DF name (e.g. an application identifier).
     *
     * @param fid the file identifier
     * @param name the DF name (AID), selectable by name
     * @return an empty named DF
     */
    public static DedicatedFile named(int fid, byte[] name) {
        return new DedicatedFile(fid, name);
    }

    /**
     * Adds an EF; returns this DF.
     *
     * @param file the EF to add
     * @return this DF
     */
    public DedicatedFile add(ElementaryFile file) {
        for (ElementaryFile f : files) {
            if (f.fid() == file.fid() || (file.shortId() != 0 && f.shortId() == file.shortId())) {
                throw new IllegalArgumentException("duplicate file " + file);
            }
        }
        files.add(file);
        return this;
    }

    /**
     * Replaces the EF with {@code file}'s identifier by {@code file} (tests: a chip whose content changed).
     *
     * @throws IllegalArgumentException when this DF has no EF with that identifier
     * @param file the EF that replaces the one with its identifier
     * @return this DF
     */
    public DedicatedFile replace(ElementaryFile file) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).fid() == file.fid()) {
                files.set(i, file);
                return this;
            }
        }
        throw new IllegalArgumentException("no file " + file);
    }

    /**
     * Adds a child DF; returns this DF.
     *
     * @param df the child DF to add
     * @return this DF
     */
    public DedicatedFile add(DedicatedFile df) {
        if (df.parent != null || df == this) {
            throw new IllegalArgumentException("DF already has a parent");
        }
        df.parent = this;
        dfs.add(df);
        return this;
    }

    /**
     * {@return the file identifier}
     */
    public int fid() {
        return fid;
    }

    /**
     * {@return the DF name (AID), when it has one}
     */
    public Optional<byte[]> name() {
        return Optional.ofNullable(name).map(byte[]::clone);
    }

    byte[] rawName() {
        return name;
    }

    DedicatedFile parent() {
        return parent;
    }

    List<ElementaryFile> files() {
        return Collections.unmodifiableList(files);
    }

    List<DedicatedFile> dfs() {
        return Collections.unmodifiableList(dfs);
    }

    /**
     * The child EF with this file identifier.
     *
     * @param fid the file identifier
     * @return the EF with that identifier, when present
     */
    public Optional<ElementaryFile> elementaryFile(int fid) {
        return Optional.ofNullable(ef(fid));
    }

    ElementaryFile ef(int id) {
        for (ElementaryFile f : files) {
            if (f.fid() == id) {
                return f;
            }
        }
        return null;
    }

    ElementaryFile efByShortId(int sfi) {
        for (ElementaryFile f : files) {
            if (f.shortId() == sfi) {
                return f;
            }
        }
        return null;
    }

    DedicatedFile df(int id) {
        for (DedicatedFile d : dfs) {
            if (d.fid == id) {
                return d;
            }
        }
        return null;
    }

    /** Depth-first search for a DF whose name starts with {@code prefix}. */
    DedicatedFile findByName(byte[] prefix) {
        if (name != null && name.length >= prefix.length
                && Arrays.equals(name, 0, prefix.length, prefix, 0, prefix.length)) {
            return this;
        }
        for (DedicatedFile d : dfs) {
            DedicatedFile hit = d.findByName(prefix);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format("DF %04X", fid);
    }
}

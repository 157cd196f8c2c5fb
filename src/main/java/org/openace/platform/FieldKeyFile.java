package org.openace.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key file, as the key-rotation commands change it: a new field key is added first (every node must know it
 * before anyone writes with it), made active next, and the old one removed by hand only once nothing is sealed
 * with it. The file is rewritten whole, through a temporary file moved into place, readable by its owner only.
 * Keys given inline in settings cannot be changed here.
 */
public final class FieldKeyFile {

    static final String FIELD_PREFIX = "field.";
    static final String ACTIVE = "active-field-key";
    private static final String COMMENT = "OpenACE keys. Keep this file secret and backed up apart from the database.";

    private final Path file;
    private final boolean inline;

    FieldKeyFile(Path file, boolean inline) {
        this.file = file;
        this.inline = inline;
    }

    /** Whether the keys come from this file (and not from settings), so that the commands can change them. */
    public boolean inUse() {
        return !inline;
    }

    public Path path() {
        return file;
    }

    public Set<String> fieldKeyIds() {
        Set<String> ids = new TreeSet<>();
        for (String name : read(file).stringPropertyNames()) {
            if (name.startsWith(FIELD_PREFIX)) {
                ids.add(name.substring(FIELD_PREFIX.length()));
            }
        }
        return ids;
    }

    public String activeFieldKeyId() {
        return read(file).getProperty(ACTIVE);
    }

    /** Adds a fresh 256-bit field key under the next free id {@code k<n>}, not active yet; returns its id. */
    public String addFieldKey() {
        requireFile();
        Properties values = read(file);
        int n = 1;
        while (values.containsKey(FIELD_PREFIX + "k" + n)) {
            n++;
        }
        String id = "k" + n;
        values.setProperty(FIELD_PREFIX + id, freshKey(new SecureRandom()));
        write(file, values);
        return id;
    }

    /** Makes an existing field key the one new values are sealed with. */
    public void activate(String id) {
        requireFile();
        Properties values = read(file);
        if (!values.containsKey(FIELD_PREFIX + id)) {
            throw new IllegalArgumentException("There is no field key '" + id + "' in " + file);
        }
        values.setProperty(ACTIVE, id);
        write(file, values);
    }

    private void requireFile() {
        if (inline) {
            throw new IllegalStateException("The keys are given in settings (openace.keys.*), not in a key file: "
                    + "add the new key as openace.keys.field.<id> and set openace.keys.active-field-key there");
        }
    }

    static Properties read(Path file) {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " could not be read", e);
        }
        return values;
    }

    static void write(Path file, Properties values) {
        try {
            StringWriter text = new StringWriter();
            values.store(text, COMMENT);
            AtomicFiles.replace(file, text.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " could not be written", e);
        }
    }

    static String freshKey(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}

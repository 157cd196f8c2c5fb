package org.openace.reference.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/** A reference file to load: its name and a way to read it (twice: once for its digest, once to load it). */
interface ReferenceSource {

    String name();

    InputStream open() throws IOException;

    static ReferenceSource of(Path file) {
        return new ReferenceSource() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    static ReferenceSource classpath(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        return new ReferenceSource() {
            @Override
            public String name() {
                return resource.getFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return resource.getInputStream();
            }
        };
    }
}

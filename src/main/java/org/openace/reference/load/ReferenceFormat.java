package org.openace.reference.load;

import java.io.InputStream;
import java.util.UUID;

import org.openace.reference.ReferenceKind;

/** Reads one published format and writes its rows for a load, inside the loading transaction. */
interface ReferenceFormat {

    ReferenceKind kind();

    /**
     * Reads the whole file and inserts its rows under the load.
     *
     * @return how many rows were stored
     * @throws MalformedReferenceFileException naming the line or element and the field that is wrong
     */
    int load(InputStream in, UUID loadId);
}

package org.openace.filing.search;

import java.io.IOException;

/** Writes an export: the header row, then each row as it comes, then whatever ends the file. */
interface EntryExportWriter extends AutoCloseable {

    void header() throws IOException;

    void row(EntryRow row) throws IOException;

    /** Ends the file and flushes it to the stream (which stays open). */
    void finish() throws IOException;

    /** Frees what the writer holds (temporary files), finished or not. */
    @Override
    void close();
}

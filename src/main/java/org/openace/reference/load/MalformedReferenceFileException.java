package org.openace.reference.load;

/** A reference file that is not in its published format; the message names the line or element and the field. */
class MalformedReferenceFileException extends RuntimeException {

    MalformedReferenceFileException(String where, String problem) {
        super(where + ": " + problem);
    }
}

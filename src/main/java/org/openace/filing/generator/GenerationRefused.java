package org.openace.filing.generator;

/** A generation that cannot run as asked, with what to tell whoever asked; nothing was written. */
final class GenerationRefused extends RuntimeException {

    GenerationRefused(String message) {
        super(message);
    }
}

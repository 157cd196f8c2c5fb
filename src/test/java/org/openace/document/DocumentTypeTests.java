package org.openace.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document's type is read from its first bytes: each accepted type by its signature, and executables, scripts, web
 * pages and archives refused whatever they are called; a PDF with a script in it is still a PDF (it is only stored).
 */
class DocumentTypeTests {

    private static Optional<DocumentType> sniff(byte[] content) {
        byte[] first = Arrays.copyOf(content, Math.min(content.length, DocumentType.SIGNATURE_BYTES));
        return DocumentType.sniff(first, first.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void eachAcceptedTypeIsKnownByItsSignature() {
        assertThat(sniff(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj"))).contains(DocumentType.PDF);
        assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R')))
                .contains(DocumentType.PNG);
        assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'))).contains(DocumentType.JPEG);
        assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x12, 0x34, 'E', 'x', 'i', 'f'))).contains(DocumentType.JPEG);
        assertThat(sniff(ascii("GIF89a\u0001\u0000\u0001\u0000"))).contains(DocumentType.GIF);
        assertThat(sniff(ascii("GIF87a\u0001\u0000\u0001\u0000"))).contains(DocumentType.GIF);
        assertThat(sniff(bytes('I', 'I', 0x2A, 0x00, 0x08, 0, 0, 0))).contains(DocumentType.TIFF);
        assertThat(sniff(bytes('M', 'M', 0x00, 0x2A, 0, 0, 0, 0x08))).contains(DocumentType.TIFF);
    }

    @Test
    void aWindowsExecutableRenamedPdfIsRefusedForItsContent() {
        byte[] executable = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00);

        assertThat(sniff(executable)).isEmpty();
        assertThat(DocumentType.PDF.isExtensionOf("invoice.pdf")).isTrue(); // the name says PDF; it makes no odds
    }

    @Test
    void scriptsWebPagesArchivesAndOtherProgramsAreRefused() {
        assertThat(sniff(ascii("#!/bin/sh\nrm -rf /\n"))).as("shell script").isEmpty();
        assertThat(sniff(ascii("<!DOCTYPE html><html><script>alert(1)</script>"))).as("HTML").isEmpty();
        assertThat(sniff(ascii("<html><body>%PDF-1.7"))).as("HTML holding a PDF header").isEmpty();
        assertThat(sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">"))).as("SVG").isEmpty();
        assertThat(sniff(bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).as("zip (and docx, jar)").isEmpty();
        assertThat(sniff(bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00))).as("Linux executable").isEmpty();
        assertThat(sniff(bytes(0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x41))).as("Java class").isEmpty();
        assertThat(sniff(ascii(" %PDF-1.7"))).as("a PDF header not at the start").isEmpty();
    }

    @Test
    void aPdfHoldingJavaScriptIsAcceptedAsAPdfToBeStoredOnly() {
        byte[] pdf = ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj
                3 0 obj << /S /JavaScript /JS (app.alert('hello');) >> endobj
                %%EOF
                """);

        assertThat(sniff(pdf)).contains(DocumentType.PDF);
    }

    @Test
    void contentShorterThanASignatureIsNoType() {
        assertThat(DocumentType.sniff(ascii("%PDF"), 4)).isEmpty();
        assertThat(DocumentType.sniff(bytes(0xFF, 0xD8, 0xFF), 3)).contains(DocumentType.JPEG);
        assertThat(DocumentType.sniff(new byte[8], 0)).isEmpty();
        assertThat(DocumentType.sniff(ascii("%PDF-1.7"), 3)).as("only the first length bytes count").isEmpty();
        assertThatThrownBy(() -> DocumentType.sniff(new byte[2], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachTypeNamesItsMediaTypeAndExtensions() {
        assertThat(DocumentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentType.JPEG.extension()).isEqualTo("jpg");
        assertThat(DocumentType.JPEG.isExtensionOf("scan.JPEG")).isTrue();
        assertThat(DocumentType.TIFF.isExtensionOf("scan.tiff")).isTrue();
        assertThat(DocumentType.PNG.isExtensionOf("scan.png.exe")).isFalse();
        assertThat(DocumentType.GIF.isExtensionOf("gif")).isFalse();
    }
}

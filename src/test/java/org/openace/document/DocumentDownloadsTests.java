package org.openace.document;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download is saved under the user's name with the extension of its type, named for every browser by RFC 6266;
 * refusals say in a sentence what is wrong.
 */
class DocumentDownloadsTests {

    private static StoredDocument document(String name, DocumentType type) {
        return new StoredDocument(UUID.randomUUID(), name, type, 10, "a".repeat(64), Instant.EPOCH, "someone");
    }

    @Test
    void theDownloadCarriesTheExtensionOfItsType() {
        assertThat(DocumentDownloads.downloadName(document("invoice.pdf", DocumentType.PDF))).isEqualTo("invoice.pdf");
        assertThat(DocumentDownloads.downloadName(document("photo.JPEG", DocumentType.JPEG))).isEqualTo("photo.JPEG");
        assertThat(DocumentDownloads.downloadName(document("setup.exe", DocumentType.PDF)))
                .isEqualTo("setup.exe.pdf");
        assertThat(DocumentDownloads.downloadName(document("scan", DocumentType.TIFF))).isEqualTo("scan.tif");
    }

    @Test
    void theFileNameIsWrittenForOldAndNewBrowsersWithoutBreakingTheHeader() {
        assertThat(DocumentDownloads.contentDisposition("invoice 7501.pdf"))
                .isEqualTo("attachment; filename=\"invoice 7501.pdf\"; filename*=UTF-8''invoice%207501.pdf");
        assertThat(DocumentDownloads.contentDisposition("Zoll\u00e4mter \"a\\b\" 100%.pdf"))
                .isEqualTo("attachment; filename=\"Zoll_mter _a_b_ 100_.pdf\"; "
                        + "filename*=UTF-8''Zoll%C3%A4mter%20%22a%5Cb%22%20100%25.pdf");
        assertThat(DocumentDownloads.contentDisposition("a;b\r\nX-Evil: 1.pdf"))
                .doesNotContain("\r", "\n").endsWith("filename*=UTF-8''a%3Bb%0D%0AX-Evil%3A%201.pdf");
    }

    @Test
    void refusalsSayWhatIsWrongInASentence() {
        assertThat(DocumentRefused.tooLarge(10L * 1024 * 1024).getMessage()).isEqualTo("The file is larger than 10 MB.");
        assertThat(DocumentRefused.tooLarge(1536L * 1024).getMessage()).isEqualTo("The file is larger than 1.5 MB.");
        assertThat(DocumentRefused.tooLarge(64L * 1024).getMessage()).isEqualTo("The file is larger than 64 KB.");
        assertThat(DocumentRefused.tooLarge(1).code()).isEqualTo(DocumentRefused.Code.TOO_LARGE);
        assertThat(DocumentRefused.typeNotAccepted().getMessage())
                .isEqualTo("The file is not a PDF, PNG, JPEG, GIF or TIFF file.");
        assertThat(DocumentRefused.empty().code()).isEqualTo(DocumentRefused.Code.EMPTY);
        assertThat(DocumentRefused.nameNotAccepted(255).getMessage())
                .isEqualTo("The file needs a name of 1 to 255 characters.");
    }
}

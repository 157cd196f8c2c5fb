package org.openace.document.internal;

import org.junit.jupiter.api.Test;
import org.openace.document.DocumentRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user's file name is kept for the download without path parts, control or invisible characters. */
class DocumentFileNamesTests {

    @Test
    void aPlainNameIsKeptAsItIs() throws DocumentRefused {
        assertThat(DocumentFileNames.clean("Commercial invoice 2026-11.pdf")).isEqualTo("Commercial invoice 2026-11.pdf");
        assertThat(DocumentFileNames.clean("Zollbeleg Nr. 4 (Kopie) – Ä.pdf")).isEqualTo("Zollbeleg Nr. 4 (Kopie) – Ä.pdf");
    }

    @Test
    void pathPartsAreDropped() throws DocumentRefused {
        assertThat(DocumentFileNames.clean("C:\\Users\\pat\\Documents\\scan.pdf")).isEqualTo("scan.pdf");
        assertThat(DocumentFileNames.clean("../../etc/passwd.png")).isEqualTo("passwd.png");
        assertThat(DocumentFileNames.clean("/var/tmp/a/b.gif")).isEqualTo("b.gif");
    }

    @Test
    void controlAndInvisibleCharactersAreDroppedAndBlanksTrimmed() throws DocumentRefused {
        assertThat(DocumentFileNames.clean(" scan\r\n\u0000.pdf\t ")).isEqualTo("scan.pdf");
        assertThat(DocumentFileNames.clean("invoice\u202Efdp.exe")).as("right-to-left override").isEqualTo("invoicefdp.exe");
        assertThat(DocumentFileNames.clean("a\u200Bb\uFEFF.pdf")).as("zero-width characters").isEqualTo("ab.pdf");
        assertThat(DocumentFileNames.clean("Cafe\u0301.pdf")).as("normal form C").isEqualTo("Caf\u00e9.pdf");
    }

    @Test
    void anEmptyOrOverlongNameIsRefused() throws DocumentRefused {
        for (String name : new String[] {"", "   ", "\u0000\u0007", "C:\\folder\\", "..", ".", "a/"}) {
            assertThatThrownBy(() -> DocumentFileNames.clean(name)).as("[%s]", name)
                    .isInstanceOfSatisfying(DocumentRefused.class,
                            refused -> assertThat(refused.code()).isEqualTo(DocumentRefused.Code.NAME_NOT_ACCEPTED));
        }
        assertThat(DocumentFileNames.clean("x".repeat(251) + ".pdf")).hasSize(255);
        assertThatThrownBy(() -> DocumentFileNames.clean("x".repeat(252) + ".pdf"))
                .isInstanceOf(DocumentRefused.class);
        assertThat(DocumentFileNames.clean("\uD83D\uDCC4".repeat(255))).as("255 characters beyond the BMP")
                .hasSize(510);
        assertThat(DocumentFileNames.clean("folder/" + "y".repeat(300) + "/" + "z".repeat(200)))
                .as("only the last part counts").hasSize(200);
    }
}

package org.openace.document.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A content file read back, hashed as it is read: at its end the SHA-256 and the length must be those recorded, or
 * the read throws {@link IOException} (a file damaged or replaced on the shared folder is never handed over as
 * good).
 */
final class VerifiedContent extends FilterInputStream {

    private final MessageDigest digest = ContentFiles.sha256();
    private final String expectedSha256;
    private final long expectedSize;
    private long read;
    private boolean checked;

    VerifiedContent(InputStream in, String expectedSha256, long expectedSize) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.expectedSize = expectedSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            check();
        }
        else {
            digest.update((byte) b);
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            check();
        }
        else {
            digest.update(buffer, offset, n);
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("A document is read whole, to check its SHA-256");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        String actual = HexFormat.of().formatHex(digest.digest());
        if (read != expectedSize || !actual.equals(expectedSha256)) {
            throw new IOException("The content file of " + expectedSha256 + " does not match its SHA-256 ("
                    + read + " bytes read, " + expectedSize + " recorded)");
        }
    }
}

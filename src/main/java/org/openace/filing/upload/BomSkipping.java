package org.openace.filing.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/** A stream without the UTF-8 byte order mark that spreadsheet programs write at the start of a CSV file. */
final class BomSkipping extends PushbackInputStream {

    BomSkipping(InputStream in) {
        super(in, 3);
    }

    @Override
    public int read() throws IOException {
        skipBom();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        skipBom();
        return super.read(b, off, len);
    }

    private boolean checked;

    private void skipBom() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        byte[] start = new byte[3];
        int n = super.read(start, 0, 3);
        if (n == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return;
        }
        if (n > 0) {
            unread(start, 0, n);
        }
    }
}

package org.openace.reference;

import java.util.Optional;

import org.openace.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The importer records on file, found by importer number through a keyed digest (IRS and Social Security numbers
 * are never stored or compared in the clear). Where two files give the same importer, the one loaded last counts.
 */
@Component
public class ImporterRecords {

    /** The purpose of the keyed digest of importer numbers in {@code reference_importer}. */
    public static final String DIGEST_PURPOSE = "reference-importer";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ImporterRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<ImporterRecord> find(ImporterNumber number) {
        return jdbc.sql("""
                select i.display, i.name, i.address_line, i.city, i.state, i.postal_code, i.country
                from reference_importer i join reference_load l on l.id = i.load_id
                where i.number_digest = ? order by l.loaded_at desc limit 1
                """).param(digest(cipher, number))
                .query((rs, n) -> new ImporterRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), new CountryCode(rs.getString(7)))).optional();
    }

    public boolean exists(ImporterNumber number) {
        return find(number).isPresent();
    }

    /** The keyed digest an importer number is stored and found by. */
    public static byte[] digest(FieldCipher cipher, ImporterNumber number) {
        return cipher.lookupDigest(DIGEST_PURPOSE, number.identifier().kind() + ":" + number.identifier().normalized());
    }
}

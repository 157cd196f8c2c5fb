package org.openace.reference.load;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openace.platform.FieldCipher;
import org.openace.reference.ImporterNumber;
import org.openace.reference.ImporterRecords;
import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Importer records, the data of CBP Form 5106 that entries point to:
 * {@code Importer Number,Name,Address,City,State,Postal Code,Country,Source}. The importer number in any form CBP
 * accepts (IRS number with suffix, customs-assigned number, Social Security number); IRS and Social Security numbers
 * are sealed per field and never kept in the clear, and a message about a row never repeats the number.
 */
@Component
class ImporterRecordsCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Importer Number", "Name", "Address", "City", "State", "Postal Code",
            "Country", "Source");

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    ImporterRecordsCsvFormat(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.IMPORTERS;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, """
                insert into reference_importer (id, load_id, number_kind, number_plain, number_cipher, number_digest,
                                                display, name, address_line, city, state, postal_code, country, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            Optional<ImporterNumber> number = ImporterNumber.parse(row.get(0));
            if (number.isEmpty()) {
                throw new MalformedReferenceFileException(row.where(), "Importer Number is not an IRS number with suffix "
                        + "(NN-NNNNNNNXX), a customs-assigned number (YYDDPP-NNNNN) or a Social Security number (NNN-NN-NNNN)");
            }
            String name = Fields.text(row, 1, "Name", 200, true);
            String address = Fields.text(row, 2, "Address", 200, true);
            String city = Fields.text(row, 3, "City", 100, true);
            String state = Fields.text(row, 4, "State", 3, false);
            String postal = Fields.text(row, 5, "Postal Code", 20, false);
            String country = row.get(6);
            if (!country.matches("[A-Z]{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Country \"" + country + "\" is not an ISO 3166-1 alpha-2 code");
            }
            String source = Fields.text(row, 7, "Source", 2000, true);
            ImporterNumber importer = number.get();
            if (!seen.add(importer.identifier().kind() + ":" + importer.identifier().normalized())) {
                throw new MalformedReferenceFileException(row.where(), "importer " + importer.display() + " is listed twice");
            }
            UUID id = UUID.randomUUID();
            byte[] sealed = importer.isPersonalData()
                    ? cipher.encrypt(importer.value(), new FieldCipher.Binding("reference_importer", "number", id.toString()))
                    : null;
            batch.add(id, loadId, importer.identifier().kind().name(), importer.isPersonalData() ? null : importer.value(),
                    sealed, ImporterRecords.digest(cipher, importer), importer.display(), name, address, city,
                    state.isEmpty() ? null : state, postal.isEmpty() ? null : postal, country, source);
        });
        return batch.finish();
    }
}

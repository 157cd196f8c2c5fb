package org.openace.privacy;

import java.io.StringWriter;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openace.account.AccountId;
import org.openace.account.AccountOpening;
import org.openace.account.Address;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.platform.FieldCipher;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SECURITY.md "Personal data at rest": SSNs and EINs are encrypted per field with the row bound in; a dump of the
 * whole database holds none of them in plain text (with or without dashes); a ciphertext moved to another row does
 * not decrypt. Runs on a database of its own, because it moves ciphertexts between rows.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=personal-data-at-rest")
class PersonalDataAtRestIntegrationTests {

    @Autowired
    OpenTradeAccount open;
    @Autowired
    TradeAccounts accounts;
    @Autowired
    TestUsers users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private OpenTradeAccount.Opened openAccountOf(PortalUser owner, TaxIdentifier tax, TradeIdentifier importerNumber) {
        AccountOpening opening = new AccountOpening(new AccountOpening.Company("Private Person Imports", null,
                new Address("9 Elm Street", "Laredo", "TX", "78040", "US"), "+1 956 555 0101", tax, null),
                AccountOpening.Owner.existing(owner.id()), List.of(new AccountOpening.NewSubAccount(
                BusinessActivity.IMPORTER, "Imports", List.of(importerNumber))), List.of());
        return transaction.execute(status -> open.open(opening));
    }

    /** Every row of every table of the portal, as PostgreSQL's COPY writes it (what a dump holds). */
    private String dumpOfTheWholeDatabase() throws Exception {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class).list();
        StringWriter dump = new StringWriter();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String table : tables) {
                dump.write("-- " + table + "\n");
                pg.getCopyAPI().copyOut("COPY public.\"" + table + "\" TO STDOUT", dump);
            }
        }
        return dump.toString();
    }

    @Test
    void aDumpOfTheDatabaseHoldsNoPlaintextSsnOrEin() throws Exception {
        TaxIdentifier ssn = TestAccounts.ssn();
        TaxIdentifier ein = TestAccounts.ein();
        openAccountOf(users.create("ssnowner", Role.TRADE), ssn, TestAccounts.importerNumber(ssn));
        openAccountOf(users.create("einowner", Role.TRADE), ein, TestAccounts.importerNumber(ein));

        String dump = dumpOfTheWholeDatabase();

        assertThat(dump).contains("***-**-" + ssn.lastFour());
        for (TaxIdentifier secret : List.of(ssn, ein)) {
            assertThat(dump).doesNotContain(secret.value()).doesNotContain(secret.normalized());
        }
        assertThat(dump).doesNotContain(ein.value().substring(0, 10));
    }

    @Test
    void aCiphertextMovedToAnotherRowDoesNotDecrypt() {
        TaxIdentifier first = TestAccounts.ssn();
        TaxIdentifier second = TestAccounts.ein();
        AccountId victim = openAccountOf(users.create("victim", Role.TRADE), first, TestAccounts.importerNumber(first))
                .account().id();
        AccountId thief = openAccountOf(users.create("thief", Role.TRADE), second, TestAccounts.importerNumber(second))
                .account().id();
        assertThat(accounts.openTaxIdentifier(victim)).isEqualTo(first);

        jdbc.sql("update trade_account set tax_id_cipher = (select tax_id_cipher from trade_account where id = ?), "
                        + "tax_id_kind = 'SSN' where id = ?")
                .param(victim.value()).param(thief.value()).update();

        assertThatThrownBy(() -> accounts.openTaxIdentifier(thief))
                .isInstanceOf(FieldCipher.FieldDecryptionException.class)
                .hasMessageNotContaining(first.lastFour());
        assertThat(accounts.openTaxIdentifier(victim)).isEqualTo(first);
    }

    @Test
    void personalImporterNumbersAreEncryptedButCustomsAssignedNumbersNeedNotBe() {
        TaxIdentifier ssn = TestAccounts.ssn();
        TaxIdentifier cbp = TaxIdentifier.parse(TaxIdentifier.Kind.CBP_ASSIGNED,
                "26" + String.format("%04d", (int) (Math.random() * 10000)) + "-A" + String.format("%04d",
                        (int) (Math.random() * 10000))).orElseThrow();
        openAccountOf(users.create("ssnimporter", Role.TRADE), ssn, TestAccounts.importerNumber(ssn));
        openAccountOf(users.create("cbpimporter", Role.TRADE), cbp,
                TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, cbp.value()).orElseThrow());

        assertThat(jdbc.sql("select count(*) from account_identifier where display = ? and value_plain is null "
                + "and value_cipher is not null").param(ssn.masked()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_identifier where value_plain = ?").param(cbp.value())
                .query(Integer.class).single()).isEqualTo(1);
    }
}

package org.openace.privacy.keys;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.openace.account.AccountId;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.Role;
import org.openace.platform.EncryptedColumn;
import org.openace.platform.FieldCipher;
import org.openace.platform.KeyRing;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A7 key rotation: re-encryption re-seals every sealed value of every declared column with the active key, the
 * values still open to what they were, and a value that does not open is counted and left untouched. Shares the
 * database of {@code PersonalDataAtRestIntegrationTests}, which also breaks rows on purpose.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=personal-data-at-rest")
class FieldReencryptionIntegrationTests {

    @Autowired
    List<EncryptedColumn> columns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KeyRing keys;
    @Autowired
    FieldCipher cipher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TradeAccounts tradeAccounts;
    @Autowired
    ReencryptFieldsCommand command;

    /** The test key ring with t2 active instead of t1 (both keys from application-test.yml). */
    private KeyRing ringWithActive(String id) {
        Map<String, SecretKey> field = Map.of("t1", key("e9lWfFJwq9DmYGSsUAR8zAaslDSmqn0/wqz3cuww2cY="),
                "t2", key("chFCCwO32RopzgAI63kqmZRQyh7J8oBAs4G05UosFig="));
        return new KeyRing(field, id, keys.lookupKey(), keys.auditKey());
    }

    private static SecretKey key(String base64) {
        return new SecretKeySpec(Base64.getDecoder().decode(base64), "AES");
    }

    private byte[] sealedTaxId(AccountId account) {
        return jdbc.sql("select tax_id_cipher from trade_account where id = ?").param(account.value())
                .query(byte[].class).single();
    }

    private AccountId accountWith(TaxIdentifier tax) {
        return accounts.importer(users.create("rekey", Role.TRADE), tax).account().id();
    }

    @Test
    void everyDeclaredColumnIsKnownWithTheBindingItsOwnerSealsWith() {
        assertThat(columns).extracting(EncryptedColumn::toString).contains("app_user.totp_secret",
                "trade_account.tax_id_cipher", "account_identifier.value_cipher",
                "account_application.tax_id_cipher", "account_application_identifier.value_cipher");
    }

    @Test
    void valuesAreResealedWithTheActiveKeyAndStillOpenAndBrokenOnesAreLeftAlone() {
        TaxIdentifier ssn = TestAccounts.ssn();
        TaxIdentifier ein = TestAccounts.ein();
        AccountId first = accountWith(ssn);
        AccountId second = accountWith(ein);
        AccountId broken = accountWith(TestAccounts.ssn());
        jdbc.sql("update trade_account set tax_id_cipher = ? where id = ?").param(sealedTaxId(first))
                .param(broken.value()).update();
        byte[] brokenBefore = sealedTaxId(broken);
        assertThat(cipher.keyIdOf(sealedTaxId(first))).isEqualTo("t1");

        KeyRing rotated = ringWithActive("t2");
        FieldReencryption toT2 = new FieldReencryption(columns, jdbc, new FieldCipher(rotated), rotated, transactions);
        List<FieldReencryption.Outcome> outcomes = toT2.reencryptAll();

        assertThat(cipher.keyIdOf(sealedTaxId(first))).isEqualTo("t2");
        assertThat(cipher.keyIdOf(sealedTaxId(second))).isEqualTo("t2");
        assertThat(tradeAccounts.openTaxIdentifier(first)).isEqualTo(ssn);
        assertThat(tradeAccounts.openTaxIdentifier(second)).isEqualTo(ein);
        assertThat(sealedTaxId(broken)).isEqualTo(brokenBefore);
        FieldReencryption.Outcome taxIds = outcomes.stream()
                .filter(o -> o.column().table().equals("trade_account")).findFirst().orElseThrow();
        assertThat(taxIds.unreadable()).isPositive();
        assertThat(toT2.census().entrySet()).allSatisfy(column -> {
            long unreadable = outcomes.stream().filter(o -> o.column().equals(column.getKey()))
                    .mapToLong(FieldReencryption.Outcome::unreadable).sum();
            assertThat(column.getValue().getOrDefault("t1", 0L)).as(column.getKey().toString()).isEqualTo(unreadable);
        });
        assertThat(toT2.reencryptAll()).allSatisfy(again -> assertThat(again.resealed()).isZero());

        String output = run(command);

        assertThat(cipher.keyIdOf(sealedTaxId(first))).as("back to the context's active key").isEqualTo("t1");
        assertThat(tradeAccounts.openTaxIdentifier(first)).isEqualTo(ssn);
        assertThat(output).contains("trade_account.tax_id_cipher").contains("Done:")
                .doesNotContain(ssn.value()).doesNotContain(ein.value());
        assertThat(sealedTaxId(broken)).as("sealed with t1 already: not selected").isEqualTo(brokenBefore);
        assertThat(jdbc.sql("select outcome from audit_event where action = 'FIELDS_REENCRYPTED' order by seq desc "
                + "limit 1").query(String.class).single()).isEqualTo("SUCCESS");
    }

    private static String run(ReencryptFieldsCommand command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(Map.of(), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}

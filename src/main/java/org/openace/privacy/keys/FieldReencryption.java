package org.openace.privacy.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openace.platform.EncryptedColumn;
import org.openace.platform.FieldCipher;
import org.openace.platform.KeyRing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals every encrypted value that was not written with the active field key, column by column in batches of
 * one transaction each, so that an old key can be retired. A value that changed meanwhile is left to its writer
 * (who sealed it with the active key anyway); a value that does not open is counted, never overwritten.
 */
@Component
class FieldReencryption {

    static final int BATCH = 500;
    private static final String KEY_ID = "convert_from(substring(%1$s from 3 for get_byte(%1$s, 1)), 'UTF8')";

    private final List<EncryptedColumn> columns;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final KeyRing keys;
    private final TransactionTemplate transactions;

    FieldReencryption(List<EncryptedColumn> columns, JdbcClient jdbc, FieldCipher cipher, KeyRing keys,
                      TransactionTemplate transactions) {
        this.columns = columns.stream().sorted(java.util.Comparator.comparing(EncryptedColumn::toString)).toList();
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keys = keys;
        this.transactions = transactions;
    }

    /** How many values of each column are sealed with each key id. */
    Map<EncryptedColumn, Map<String, Long>> census() {
        Map<EncryptedColumn, Map<String, Long>> census = new LinkedHashMap<>();
        for (EncryptedColumn column : columns) {
            Map<String, Long> byKey = new TreeMap<>();
            jdbc.sql("select " + keyId(column) + " as key_id, count(*) as n from " + column.table()
                            + " where " + column.cipherColumn() + " is not null group by 1")
                    .query((rs, row) -> byKey.put(rs.getString("key_id"), rs.getLong("n"))).list();
            census.put(column, byKey);
        }
        return census;
    }

    /** What re-encryption did to one column. */
    record Outcome(EncryptedColumn column, int resealed, int unreadable) {
    }

    List<Outcome> reencryptAll() {
        List<Outcome> outcomes = new ArrayList<>();
        for (EncryptedColumn column : columns) {
            outcomes.add(reencrypt(column));
        }
        return outcomes;
    }

    private Outcome reencrypt(EncryptedColumn column) {
        int resealed = 0;
        int unreadable = 0;
        Object after = null;
        while (true) {
            List<Sealed> batch = nextBatch(column, after);
            if (batch.isEmpty()) {
                return new Outcome(column, resealed, unreadable);
            }
            int[] counts = transactions.execute(status -> reseal(column, batch));
            resealed += counts[0];
            unreadable += counts[1];
            after = batch.getLast().id();
        }
    }

    private record Sealed(Object id, byte[] value) {
    }

    private List<Sealed> nextBatch(EncryptedColumn column, Object after) {
        String sql = "select " + column.idColumn() + " as id, " + column.cipherColumn() + " as sealed from "
                + column.table() + " where " + column.cipherColumn() + " is not null and " + keyId(column)
                + " <> :active" + (after == null ? "" : " and " + column.idColumn() + " > :after")
                + " order by " + column.idColumn() + " limit " + BATCH;
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("active", keys.activeFieldKeyId());
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.query((rs, row) -> new Sealed(rs.getObject("id"), rs.getBytes("sealed"))).list();
    }

    private int[] reseal(EncryptedColumn column, List<Sealed> batch) {
        int resealed = 0;
        int unreadable = 0;
        for (Sealed sealed : batch) {
            FieldCipher.Binding binding = column.binding(sealed.id().toString());
            String plain;
            try {
                plain = cipher.decrypt(sealed.value(), binding);
            }
            catch (FieldCipher.FieldDecryptionException e) {
                unreadable++;
                continue;
            }
            resealed += jdbc.sql("update " + column.table() + " set " + column.cipherColumn() + " = :resealed where "
                            + column.idColumn() + " = :id and " + column.cipherColumn() + " = :old")
                    .param("resealed", cipher.encrypt(plain, binding)).param("id", sealed.id())
                    .param("old", sealed.value()).update();
        }
        return new int[] {resealed, unreadable};
    }

    private static String keyId(EncryptedColumn column) {
        return KEY_ID.formatted(column.cipherColumn());
    }
}

package org.openace.platform;

/**
 * A column whose values are sealed by {@link FieldCipher}, declared as a bean by the module that owns the table so
 * that re-encryption after a key rotation reaches every one of them. Each value is bound to
 * {@code (bindingTable, bindingColumn, id)}, exactly as the owner seals it.
 *
 * @param table         the table
 * @param idColumn      its primary key (a single column)
 * @param cipherColumn  the {@code bytea} column holding the sealed values (null where there is none)
 * @param bindingTable  the table name bound into the associated data
 * @param bindingColumn the column name bound into the associated data
 */
public record EncryptedColumn(String table, String idColumn, String cipherColumn, String bindingTable,
                              String bindingColumn) {

    private static final String NAME = "[a-z][a-z0-9_]{0,62}";

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, cipherColumn}) {
            if (name == null || !name.matches(NAME)) {
                throw new IllegalArgumentException("Not a plain SQL name: " + name);
            }
        }
    }

    /** The usual case: bound to the table's own name and a column name that drops the {@code _cipher} suffix. */
    public static EncryptedColumn of(String table, String cipherColumn, String bindingColumn) {
        return new EncryptedColumn(table, "id", cipherColumn, table, bindingColumn);
    }

    public FieldCipher.Binding binding(String id) {
        return new FieldCipher.Binding(bindingTable, bindingColumn, id);
    }

    @Override
    public String toString() {
        return table + "." + cipherColumn;
    }
}

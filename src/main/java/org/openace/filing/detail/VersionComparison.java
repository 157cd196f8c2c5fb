package org.openace.filing.detail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.filing.Form7501;

/**
 * Two versions of an entry summary side by side, field by field in the order of the form: each row says its
 * section and label, both values and whether they differ, so that a change is named in words and not by colour
 * alone. A field that one version has and the other does not (a line added or dropped) shows as empty on that side.
 */
record VersionComparison(int left, int right, List<Row> rows) {

    /** One field in both versions. */
    record Row(String section, String label, String leftValue, String rightValue) {

        public boolean changed() {
            return !leftValue.equals(rightValue);
        }
    }

    static VersionComparison of(int left, Form7501 leftForm, int right, Form7501 rightForm) {
        Map<String, FormFields.Field> leftFields = byKey(FormFields.of(leftForm));
        Map<String, FormFields.Field> rightFields = byKey(FormFields.of(rightForm));
        Map<String, FormFields.Field> all = new LinkedHashMap<>(leftFields);
        rightFields.forEach(all::putIfAbsent);
        List<Row> rows = new ArrayList<>();
        for (FormFields.Field field : all.values()) {
            FormFields.Field l = leftFields.get(field.key());
            FormFields.Field r = rightFields.get(field.key());
            rows.add(new Row(field.section(), field.label(), l == null ? "" : l.value(), r == null ? "" : r.value()));
        }
        return new VersionComparison(left, right, List.copyOf(rows));
    }

    public long changes() {
        return rows.stream().filter(Row::changed).count();
    }

    /** The rows grouped by section, in order, for a table per section. */
    public Map<String, List<Row>> sections() {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        rows.forEach(row -> sections.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row));
        return sections;
    }

    private static Map<String, FormFields.Field> byKey(List<FormFields.Field> fields) {
        Map<String, FormFields.Field> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.key(), f));
        return map;
    }
}

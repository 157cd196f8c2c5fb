package org.openace.account.member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.IdentifierKind;
import org.openace.account.core.Identifier;
import org.openace.account.core.RightSpec;
import org.openace.account.core.SubAccount;

/**
 * The rights editor as a table: a row per sub-account and function (more rows where a user holds several rights on
 * the same, narrowed differently), each with a level and the narrowing. Rows the editor may not change are shown, and
 * submitted unchanged.
 */
final class RightsGrid {

    /** One row of the editor. {@code index} is its position in the submitted lists. */
    record Row(int index, String subAccount, String subAccountName, boolean firstOfSubAccount, String function,
               String functionTitle, String level, String importer, String filer, String port, boolean editable) {

        /** The level as words, for rows shown read-only. */
        public String levelTitle() {
            return switch (level) {
                case "EDIT" -> "View and change";
                case "VIEW" -> "View";
                default -> "No access";
            };
        }
    }

    /** A narrowing to choose: an identifier's id and how it is shown. */
    record Choice(String value, String label) {
    }

    private final List<Row> rows;
    private final List<Choice> importers;
    private final List<Choice> filers;

    private RightsGrid(List<Row> rows, List<Choice> importers, List<Choice> filers) {
        this.rows = rows;
        this.importers = importers;
        this.filers = filers;
    }

    /**
     * The grid from rights held (or submitted), completed with an empty row for each open sub-account and function
     * that has none, in the order of sub-accounts and functions; submitted rows keep their order, so that problems
     * reported by position land on their row.
     *
     * @param editable which sub-account and function pairs the editor may change (null: all)
     */
    static RightsGrid of(List<SubAccount> open, List<Identifier> identifiers, List<RightsInput.TypedRight> lines,
                         boolean keepOrder, @Nullable Set<String> editable) {
        Map<String, String> names = new HashMap<>();
        open.forEach(s -> names.put(s.id().toString(), s.name()));
        List<RightsInput.TypedRight> ordered = new ArrayList<>(lines);
        if (!keepOrder) {
            ordered.clear();
            for (SubAccount sub : open) {
                for (AccountFunction function : AccountFunction.values()) {
                    List<RightsInput.TypedRight> held = lines.stream()
                            .filter(l -> sub.id().toString().equals(l.subAccount()) && function.name().equals(l.function()))
                            .toList();
                    if (held.isEmpty()) {
                        ordered.add(new RightsInput.TypedRight(sub.id().toString(), function.name(), "NONE", "", "", ""));
                    }
                    else {
                        ordered.addAll(held);
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            RightsInput.TypedRight line = ordered.get(i);
            String sub = text(line.subAccount());
            String function = text(line.function());
            String title = java.util.Arrays.stream(AccountFunction.values()).filter(f -> f.name().equals(function))
                    .map(AccountFunction::title).findFirst().orElse(function);
            rows.add(new Row(i, sub, names.getOrDefault(sub, "Unknown sub-account"), seen.add(sub), function, title,
                    text(line.level()).isEmpty() ? "NONE" : text(line.level()), text(line.importer()),
                    text(line.filer()), text(line.port()).equals("9900") ? "" : text(line.port()),
                    editable == null || editable.contains(sub + "/" + function)));
        }
        return new RightsGrid(rows, choices(identifiers, IdentifierKind.IMPORTER_NUMBER),
                choices(identifiers, IdentifierKind.FILER_CODE));
    }

    /** Rights held, as the editor's lines. */
    static List<RightsInput.TypedRight> lines(List<RightSpec> held) {
        return held.stream().map(r -> new RightsInput.TypedRight(r.subAccount().toString(), r.function().name(),
                r.level().name(), r.importerIdentifier() == null ? "" : r.importerIdentifier().toString(),
                r.filerIdentifier() == null ? "" : r.filerIdentifier().toString(),
                r.port().isAllPorts() ? "" : r.port().value())).toList();
    }

    /** The pairs an editor who is not an owner may change: where they hold the function (USERS: at EDIT). */
    static Set<String> editableBy(List<RightSpec> editorHolds) {
        Set<String> pairs = new LinkedHashSet<>();
        editorHolds.stream().filter(r -> r.function() != AccountFunction.USERS || r.level() == AccessLevel.EDIT)
                .forEach(r -> pairs.add(r.subAccount() + "/" + r.function().name()));
        return pairs;
    }

    private static List<Choice> choices(List<Identifier> identifiers, IdentifierKind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind)
                .map(i -> new Choice(i.id().toString(), i.display())).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Choice> importers() {
        return importers;
    }

    public List<Choice> filers() {
        return filers;
    }

    /** The label of a narrowing value, for rows shown read-only. */
    public String label(List<Choice> choices, String value, String all) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(all);
    }
}

package org.openace.onboarding;

import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;

/**
 * The points of contact, zero or more rows of name, title, e-mail address and phone, given as parallel lists (one
 * entry per row). Rows left entirely blank are dropped.
 */
record ContactsForm(@Nullable List<String> contactName, @Nullable List<String> contactTitle,
                    @Nullable List<String> contactEmail, @Nullable List<String> contactPhone)
        implements DraftSession.StepForm {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One row as typed, with its problems per field ({@code name}, {@code title}, {@code email}, {@code phone}). */
    record Row(int index, String name, String title, String email, String phone, Map<String, String> errors) {

        public boolean isBlank() {
            return name.isBlank() && title.isBlank() && email.isBlank() && phone.isBlank();
        }

        public String inputId(String field) {
            return "contact-" + index + "-" + field;
        }
    }

    static ContactsForm of(AccountApplication application) {
        List<String> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (ContactPerson contact : application.pointsOfContact()) {
            names.add(contact.name());
            titles.add(contact.title() == null ? "" : contact.title());
            emails.add(contact.email().value());
            phones.add(contact.phone() == null ? "" : contact.phone().value());
        }
        return new ContactsForm(names, titles, emails, phones);
    }

    /** The rows as typed (at most the maximum number of contacts plus one), without errors. */
    List<Row> rows() {
        int count = Math.min(AccountApplication.MAX_POINTS_OF_CONTACT + 1, Math.max(size(contactName),
                Math.max(size(contactTitle), Math.max(size(contactEmail), size(contactPhone)))));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, at(contactName, i), at(contactTitle, i), at(contactEmail, i), at(contactPhone, i),
                    Map.of()));
        }
        return rows;
    }

    /** The rows that are not blank, each checked; rows with problems carry them. */
    List<Row> checkedRows() {
        List<Row> checked = new ArrayList<>();
        int index = 0;
        for (Row row : rows()) {
            if (row.isBlank()) {
                continue;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            if (row.name().isBlank()) {
                errors.put("name", "Enter the contact's full name");
            }
            else if (row.name().strip().length() > ContactPerson.MAX_NAME || !Texts.isOneLine(row.name())) {
                errors.put("name", "Enter the name on one line, in 200 characters or fewer");
            }
            if (row.title().strip().length() > ContactPerson.MAX_TITLE || !Texts.isOneLine(row.title())) {
                errors.put("title", "Enter the title on one line, in 100 characters or fewer");
            }
            if (row.email().isBlank()) {
                errors.put("email", "Enter the contact's e-mail address");
            }
            else if (EmailAddress.parse(row.email()).isEmpty()) {
                errors.put("email", FormRules.EMAIL_MESSAGE);
            }
            if (!row.phone().isBlank() && PhoneNumber.parse(row.phone()).isEmpty()) {
                errors.put("phone", FormRules.PHONE_MESSAGE);
            }
            checked.add(new Row(index++, row.name(), row.title(), row.email(), row.phone(), errors));
        }
        return checked;
    }

    /** The contacts, if every non-blank row is valid and there are not too many. */
    Optional<List<ContactPerson>> contacts() {
        List<Row> rows = checkedRows();
        if (rows.size() > AccountApplication.MAX_POINTS_OF_CONTACT || rows.stream().anyMatch(r -> !r.errors().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(r -> new ContactPerson(r.name(), r.title(),
                EmailAddress.parse(r.email()).orElseThrow(),
                r.phone().isBlank() ? null : PhoneNumber.parse(r.phone()).orElseThrow())).toList());
    }

    /** The same rows with one more blank row. */
    ContactsForm withRowAdded() {
        return fromRows(addBlank(rows()));
    }

    /** The same rows without the one at {@code index}. */
    ContactsForm withRowRemoved(int index) {
        List<Row> rows = new ArrayList<>(rows());
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return fromRows(rows);
    }

    private static List<Row> addBlank(List<Row> rows) {
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(rows.size(), "", "", "", "", Map.of()));
        return more;
    }

    static ContactsForm fromRows(List<Row> rows) {
        return new ContactsForm(new ArrayList<>(rows.stream().map(Row::name).toList()),
                new ArrayList<>(rows.stream().map(Row::title).toList()),
                new ArrayList<>(rows.stream().map(Row::email).toList()),
                new ArrayList<>(rows.stream().map(Row::phone).toList()));
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(@Nullable List<String> values, int index) {
        if (values == null || index >= values.size() || values.get(index) == null) {
            return "";
        }
        return values.get(index);
    }

    @Override
    public ContactsForm withoutPersonalData() {
        return fromRows(rows());
    }
}

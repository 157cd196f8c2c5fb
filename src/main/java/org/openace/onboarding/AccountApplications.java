package org.openace.onboarding;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.Address;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.platform.FieldCipher;
import org.openace.privacy.PersonalDataVault;
import org.openace.privacy.ProtectedValue;
import org.openace.privacy.TaxIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications in {@code account_application} and its child tables. The tax identifier (which is also the importer
 * number) and any personal identifier of an activity are sealed to their row and column on every write and opened on
 * every read; they never reach a column in plain text.
 */
@Repository
class AccountApplications {

    private static final String TABLE = "account_application";
    private static final String IDENTIFIER_TABLE = "account_application_identifier";
    private static final String COLUMNS = """
            id, reference, status, applicant_name, applicant_email, privacy_act_acknowledged_at, legal_name,
            doing_business_as, street, city, region, postal_code, country, phone, officer_name, officer_title,
            officer_email, officer_phone, tax_id_kind, tax_id_cipher, tax_id_plain, contacts_given, owner_name,
            owner_email, owner_username, terms_accepted_at, submitted_at, returned_at, return_reason, decided_by,
            decided_at, account_id, created_at""";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final FieldCipher cipher;
    private final Clock clock;

    AccountApplications(JdbcClient jdbc, PersonalDataVault vault, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The next reference, numbered from a sequence, with the year of {@code now} (UTC). */
    ApplicationReference nextReference(Instant now) {
        long number = jdbc.sql("select nextval('account_application_number_seq')").query(Long.class).single();
        return ApplicationReference.of(now.atZone(ZoneOffset.UTC).getYear(), number);
    }

    void insert(AccountApplication application) {
        jdbc.sql("""
                insert into account_application (id, reference, status, applicant_name, applicant_email,
                    privacy_act_acknowledged_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).param(application.id()).param(application.reference().value()).param(application.status().name())
                .param(application.applicant().name()).param(application.applicant().email().value())
                .param(ts(application.privacyActAcknowledgedAt())).param(ts(application.createdAt()))
                .param(ts(clock.instant())).update();
        update(application);
    }

    /** Writes the whole application: its row, and its contacts, activities and identifiers afresh. */
    void update(AccountApplication a) {
        Optional<CompanyDetails> company = a.company();
        Optional<ContactPerson> officer = a.companyOfficer();
        Optional<TaxIdentifier> tax = a.taxIdentifier();
        Optional<OwnerDetails> owner = a.owner();
        ProtectedValue sealedTax = tax.filter(t -> t.kind().isPersonalData())
                .map(t -> vault.seal(t, TABLE, "tax_id", a.id().toString())).orElse(null);
        jdbc.sql("""
                update account_application set status = ?, legal_name = ?, doing_business_as = ?, street = ?, city = ?,
                    region = ?, postal_code = ?, country = ?, phone = ?, officer_name = ?, officer_title = ?,
                    officer_email = ?, officer_phone = ?, tax_id_kind = ?, tax_id_cipher = ?, tax_id_plain = ?,
                    tax_id_display = ?, contacts_given = ?, owner_name = ?, owner_email = ?, owner_username = ?,
                    terms_accepted_at = ?, submitted_at = ?, returned_at = ?, return_reason = ?, decided_by = ?,
                    decided_at = ?, account_id = ?, updated_at = ?
                where id = ?
                """)
                .param(a.status().name())
                .param(company.map(CompanyDetails::legalName).orElse(null))
                .param(company.map(CompanyDetails::doingBusinessAs).orElse(null))
                .param(company.map(c -> c.address().street()).orElse(null))
                .param(company.map(c -> c.address().city()).orElse(null))
                .param(company.map(c -> c.address().region()).orElse(null))
                .param(company.map(c -> c.address().postalCode()).orElse(null))
                .param(company.map(c -> c.address().country()).orElse(null))
                .param(company.map(c -> c.phone().value()).orElse(null))
                .param(officer.map(ContactPerson::name).orElse(null))
                .param(officer.map(ContactPerson::title).orElse(null))
                .param(officer.map(o -> o.email().value()).orElse(null))
                .param(officer.map(o -> o.phone() == null ? null : o.phone().value()).orElse(null))
                .param(tax.map(t -> t.kind().name()).orElse(null))
                .param(sealedTax == null ? null : sealedTax.cipher())
                .param(tax.filter(t -> !t.kind().isPersonalData()).map(TaxIdentifier::value).orElse(null))
                .param(tax.map(TaxIdentifier::masked).orElse(null))
                .param(a.pointsOfContactGiven())
                .param(owner.map(OwnerDetails::name).orElse(null))
                .param(owner.map(o -> o.email().value()).orElse(null))
                .param(owner.map(o -> o.username().value()).orElse(null))
                .param(a.termsAcceptedAt().map(AccountApplications::ts).orElse(null))
                .param(a.submittedAt().map(AccountApplications::ts).orElse(null))
                .param(a.returnedAt().map(AccountApplications::ts).orElse(null))
                .param(a.returnReason().orElse(null))
                .param(a.decidedBy().map(UserId::value).orElse(null))
                .param(a.decidedAt().map(AccountApplications::ts).orElse(null))
                .param(a.accountId().map(AccountId::value).orElse(null))
                .param(ts(clock.instant()))
                .param(a.id())
                .update();
        writeContacts(a);
        writeActivities(a);
    }

    private void writeContacts(AccountApplication a) {
        jdbc.sql("delete from account_application_contact where application_id = ?").param(a.id()).update();
        int position = 0;
        for (ContactPerson contact : a.pointsOfContact()) {
            jdbc.sql("""
                    insert into account_application_contact (application_id, position, name, title, email, phone)
                    values (?, ?, ?, ?, ?, ?)
                    """).param(a.id()).param(position++).param(contact.name()).param(contact.title())
                    .param(contact.email().value()).param(contact.phone() == null ? null : contact.phone().value())
                    .update();
        }
    }

    private void writeActivities(AccountApplication a) {
        jdbc.sql("delete from account_application_activity where application_id = ?").param(a.id()).update();
        for (RequestedActivity activity : a.activities()) {
            jdbc.sql("insert into account_application_activity (application_id, activity) values (?, ?)")
                    .param(a.id()).param(activity.activity().name()).update();
            for (TradeIdentifier identifier : activity.identifiers()) {
                UUID rowId = UUID.randomUUID();
                boolean personal = identifier.isPersonalData();
                jdbc.sql("""
                        insert into account_application_identifier (id, application_id, activity, kind, value_plain,
                            value_cipher, display)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """).param(rowId).param(a.id()).param(activity.activity().name())
                        .param(identifier.kind().name()).param(personal ? null : identifier.value())
                        .param(personal ? cipher.encrypt(identifier.value(),
                                new FieldCipher.Binding(IDENTIFIER_TABLE, "value", rowId.toString())) : null)
                        .param(identifier.display()).update();
            }
        }
    }

    Optional<AccountApplication> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account_application where id = ?").param(id)
                .query(this::map).optional();
    }

    /** Reads and locks the application until the end of the transaction (one decision at a time). */
    Optional<AccountApplication> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account_application where id = ? for update").param(id)
                .query(this::map).optional();
    }

    private AccountApplication map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        CompanyDetails company = rs.getString("legal_name") == null ? null : new CompanyDetails(
                rs.getString("legal_name"), rs.getString("doing_business_as"),
                new Address(rs.getString("street"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                new PhoneNumber(rs.getString("phone")));
        ContactPerson officer = rs.getString("officer_name") == null ? null : new ContactPerson(
                rs.getString("officer_name"), rs.getString("officer_title"),
                new EmailAddress(rs.getString("officer_email")), phone(rs.getString("officer_phone")));
        TaxIdentifier tax = null;
        if (rs.getString("tax_id_kind") != null) {
            TaxIdentifier.Kind kind = TaxIdentifier.Kind.valueOf(rs.getString("tax_id_kind"));
            tax = kind.isPersonalData()
                    ? vault.open(kind, rs.getBytes("tax_id_cipher"), TABLE, "tax_id", id.toString())
                    : TaxIdentifier.ofStored(kind, rs.getString("tax_id_plain"));
        }
        OwnerDetails owner = rs.getString("owner_username") == null ? null : new OwnerDetails(
                rs.getString("owner_name"), new EmailAddress(rs.getString("owner_email")),
                new Username(rs.getString("owner_username")));
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        UUID account = rs.getObject("account_id", UUID.class);
        return AccountApplication.restore(new AccountApplication.Stored(id,
                new ApplicationReference(rs.getString("reference")), ApplicationStatus.valueOf(rs.getString("status")),
                new Applicant(rs.getString("applicant_name"), new EmailAddress(rs.getString("applicant_email"))),
                instant(rs, "privacy_act_acknowledged_at"), company, officer, tax, contacts(id),
                rs.getBoolean("contacts_given"), activities(id), owner, instant(rs, "terms_accepted_at"),
                instant(rs, "submitted_at"), instant(rs, "returned_at"), rs.getString("return_reason"),
                decidedBy == null ? null : new UserId(decidedBy), instant(rs, "decided_at"),
                account == null ? null : new AccountId(account), instant(rs, "created_at")));
    }

    private List<ContactPerson> contacts(UUID application) {
        return jdbc.sql("""
                select name, title, email, phone from account_application_contact
                where application_id = ? order by position
                """).param(application)
                .query((rs, n) -> new ContactPerson(rs.getString(1), rs.getString(2), new EmailAddress(rs.getString(3)),
                        phone(rs.getString(4)))).list();
    }

    private List<RequestedActivity> activities(UUID application) {
        Map<BusinessActivity, List<TradeIdentifier>> byActivity = new LinkedHashMap<>();
        jdbc.sql("select activity from account_application_activity where application_id = ? order by activity")
                .param(application).query((rs, n) -> BusinessActivity.valueOf(rs.getString(1))).list()
                .forEach(activity -> byActivity.put(activity, new ArrayList<>()));
        jdbc.sql("""
                select id, activity, kind, value_plain, value_cipher from account_application_identifier
                where application_id = ? order by activity, kind
                """).param(application).query((rs, n) -> {
                    IdentifierKind kind = IdentifierKind.valueOf(rs.getString("kind"));
                    String value = rs.getString("value_plain") != null ? rs.getString("value_plain")
                            : cipher.decrypt(rs.getBytes("value_cipher"), new FieldCipher.Binding(IDENTIFIER_TABLE,
                            "value", rs.getObject("id", UUID.class).toString()));
                    TradeIdentifier identifier = TradeIdentifier.parse(kind, value)
                            .orElseThrow(() -> new IllegalStateException("A stored identifier is not valid"));
                    byActivity.get(BusinessActivity.valueOf(rs.getString("activity"))).add(identifier);
                    return identifier;
                }).list();
        List<RequestedActivity> activities = new ArrayList<>();
        byActivity.forEach((activity, identifiers) -> activities.add(new RequestedActivity(activity, identifiers)));
        return activities;
    }

    // --- history -------------------------------------------------------------------------------------------

    void append(UUID application, ApplicationEvent event) {
        jdbc.sql("""
                insert into account_application_event (id, application_id, kind, actor_id, actor_name, occurred_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)
                """).param(UUID.randomUUID()).param(application).param(event.kind().name())
                .param(event.actorId() == null ? null : event.actorId().value()).param(event.actorName())
                .param(ts(event.at())).param(event.reason()).update();
    }

    List<ApplicationEvent> history(UUID application) {
        return jdbc.sql("""
                select kind, actor_id, actor_name, occurred_at, reason from account_application_event
                where application_id = ? order by occurred_at, kind
                """).param(application).query((rs, n) -> {
                    UUID actor = rs.getObject("actor_id", UUID.class);
                    return new ApplicationEvent(ApplicationEvent.Kind.valueOf(rs.getString("kind")),
                            actor == null ? null : new UserId(actor), rs.getString("actor_name"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("reason"));
                }).list();
    }

    // --- lists for officers ----------------------------------------------------------------------------------

    /** A line of a list: no personal data beyond names. */
    record Summary(UUID id, ApplicationReference reference, ApplicationStatus status, @Nullable String companyName,
                   String applicantName, List<BusinessActivity> activities, @Nullable Instant submittedAt,
                   @Nullable Instant returnedAt, @Nullable Instant decidedAt, @Nullable String accountNumber) {

        public String activityTitles() {
            return activities.stream().map(BusinessActivity::title).reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    /** Applications waiting for a decision, oldest submission first. */
    List<Summary> submitted(int limit) {
        return summaries("a.status = 'SUBMITTED' order by a.submitted_at, a.reference", limit);
    }

    /** Applications returned to their applicants, most recently returned first. */
    List<Summary> returned(int limit) {
        return summaries("a.status = 'RETURNED' order by a.returned_at desc, a.reference", limit);
    }

    /** Approved applications, most recently decided first. */
    List<Summary> approved(int limit) {
        return summaries("a.status = 'APPROVED' order by a.decided_at desc, a.reference", limit);
    }

    private List<Summary> summaries(String whereAndOrder, int limit) {
        return jdbc.sql("""
                select a.id, a.reference, a.status, a.legal_name, a.applicant_name, a.submitted_at, a.returned_at,
                       a.decided_at, t.number,
                       array(select activity from account_application_activity x
                             where x.application_id = a.id order by activity) as activities
                from account_application a left join trade_account t on t.id = a.account_id
                where\s""" + whereAndOrder + " limit ?").param(limit)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class),
                        new ApplicationReference(rs.getString("reference")),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getString("legal_name"),
                        rs.getString("applicant_name"), activities(rs.getArray("activities")),
                        instant(rs, "submitted_at"), instant(rs, "returned_at"), instant(rs, "decided_at"),
                        rs.getString("number"))).list();
    }

    private static List<BusinessActivity> activities(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> BusinessActivity.valueOf((String) v)).toList();
    }

    private static @Nullable PhoneNumber phone(@Nullable String value) {
        return value == null ? null : new PhoneNumber(value);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}

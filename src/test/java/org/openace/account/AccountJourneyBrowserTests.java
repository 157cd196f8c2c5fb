package org.openace.account;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.privacy.TaxIdentifier;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trade accounts end to end in a real browser, as on the embedded default: a newcomer applies for an account, a
 * customs officer approves it, the new owner signs in for the first time and runs the company (invites a user and
 * sets the user's rights, offers a broker's account access to one of the company's two sub-accounts), and the
 * broker's owner passes that access on to the broker's user, who then reaches exactly what was granted. axe-core
 * checks every page on the way; the screenshots are under {@code target/browser-screenshots/}.
 */
@BrowserTest
class AccountJourneyBrowserTests {

    private static final Pattern REFERENCE = Pattern.compile("(APP-\\d{4}-\\d{6})");
    private static final String IMPORTER_ENTRIES = "Importer: Entries and filings";

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;

    /** What the newcomer types, unique to this run. */
    private final String tag = Long.toString(System.nanoTime() % 100_000_000, 36);
    private final TaxIdentifier ein = TestAccounts.ein();
    private final String company = "Journey Imports " + tag + " LLC";
    private final String tradeName = "Journey " + tag;
    /** How the portal names the account: legal name and trade name. */
    private final String displayName = company + " (" + tradeName + ")";
    private final String applicantEmail = "applicant." + tag + "@openace.test";
    private final String ownerName = "Olivia Owner " + tag;
    private final String ownerUsername = "owner." + tag;
    private final String ownerEmail = "owner." + tag + "@openace.test";
    private final String clerkName = "Ian Invitee " + tag;
    private final String clerkUsername = "invitee." + tag;
    private final String clerkEmail = "invitee." + tag + "@openace.test";

    /** The company's account as the owner's pages show it: its number, its path, its two sub-accounts' paths. */
    private record Account(String number, String path, String importerPath, String exporterPath) {
    }

    @Test
    void aNewcomerAppliesIsApprovedRunsTheCompanyAndABrokersUserReachesExactlyWhatWasGranted() {
        PortalUser brokerOwner = users.create("brokerowner", Role.TRADE);
        PortalUser brokerUser = users.create("brokeruser", Role.TRADE);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, brokerUser, AccountRole.USER);

        String reference = applyAsANewCompany();
        approveAsAnOfficer(reference);
        Account account = firstSignInOfTheNewOwner();
        inviteAUserAndSetTheirRights(account);
        offerTheBrokerTheImportersEntries(account, broker.account().number());
        browser.signOut();

        theInvitedUserSignsInAndSeesOnlyTheirRights(account);
        browser.signOut();

        theBrokersOwnerAcceptsAndPassesItOn(brokerOwner, brokerUser);
        browser.signOut();

        theBrokersUserReachesExactlyTheGrantedData(brokerUser, account);

        browser.assertCheckedPagesAccessible();
    }

    // --- 1. the application ----------------------------------------------------------------------------------

    /** From the sign-in page through every step of the wizard; returns the reference the applicant was e-mailed. */
    private String applyAsANewCompany() {
        browser.open("/sign-in").click("#main-content a[href='/apply']");
        browser.waitForPath("/apply");
        assertThat(browser.heading()).isEqualTo("Apply for a trade account");
        assertThat(isBefore("#privacy-heading", "#name")).as("the Privacy Act statement comes before the first "
                + "personal field").isTrue();
        browser.checkAccessible("apply-start");

        int mails = TestMailServer.messagesTo(applicantEmail).size();
        browser.tick("privacyAct").type("#name", "Ada Applicant " + tag).type("#email", applicantEmail)
                .press("Start the application").waitForPath("/apply/company");
        MimeMessage started = TestMailServer.awaitMessage(applicantEmail, mails, "Your OpenACE account application");
        String reference = find(REFERENCE, TestMailServer.subject(started));
        assertThat(TestMailServer.body(started)).contains(reference, "/apply/resume/");
        assertThat(browser.find("#main-content").getText()).as("the draft shows the e-mailed reference")
                .contains(reference);
        assertStep("Company");
        browser.checkAccessible("apply-company");

        browser.type("#legalName", company).type("#doingBusinessAs", tradeName)
                .type("#street", "1 Harbor Way").type("#city", "Baltimore").type("#region", "MD")
                .type("#postalCode", "21230").type("#country", "US").type("#phone", "+1 410 555 0100");
        saveAndContinue("/apply/officer", "Company officer");
        browser.checkAccessible("apply-officer");

        browser.type("#name", "Otto Officer " + tag).type("#title", "President")
                .type("#email", "otto." + tag + "@openace.test").type("#phone", "+1 410 555 0101");
        saveAndContinue("/apply/tax-identifier", "Tax identifier");
        browser.checkAccessible("apply-tax-identifier");

        browser.tick("kind-EIN").type("#value", ein.value());
        saveAndContinue("/apply/contacts", "Points of contact");
        browser.press("Add a point of contact").waitForPath("/apply/contacts");
        browser.type("#contact-0-name", "Paula Point " + tag).type("#contact-0-email", "paula." + tag + "@openace.test");
        browser.checkAccessible("apply-contacts");

        saveAndContinue("/apply/activities", "Business activities");
        browser.checkAccessible("apply-activities");
        assertThat(browser.find("#activity-importer-hint").getText()).as("the importer number is not asked again")
                .contains(ein.masked(), "the tax identifier you gave");
        assertThat(browser.findAll("#identifier-importer-importer_number")).isEmpty();
        browser.tick("activity-importer").tick("activity-exporter");
        saveAndContinue("/apply/owner", "Account owner");
        browser.checkAccessible("apply-owner");

        browser.type("#name", ownerName).type("#email", ownerEmail).type("#username", ownerUsername);
        saveAndContinue("/apply/review", "Review and submit");
        String review = browser.find("#main-content").getText();
        assertThat(review).contains(company, ein.masked(), ownerUsername, "Paula Point " + tag,
                "Importer number: " + ein.masked() + " (the tax identifier)").doesNotContain(ein.value());
        browser.checkAccessible("apply-review");

        browser.tick("terms").press("Submit the application").waitForPath("/apply/submitted");
        assertThat(browser.heading()).isEqualTo("Your application is submitted");
        assertThat(browser.find("#main-content").getText()).contains(reference);
        browser.checkAccessible("apply-submitted");
        assertThat(TestMailServer.body(TestMailServer.awaitMessage(applicantEmail, mails, reference + " submitted")))
                .contains(company);
        return reference;
    }

    private void saveAndContinue(String nextPath, String nextStep) {
        browser.press("Save and continue").waitForPath(nextPath);
        assertStep(nextStep);
    }

    private void assertStep(String title) {
        assertThat(browser.find(".usa-step-indicator__heading-text").getText()).isEqualTo(title);
    }

    // --- 2. the officer's decision ---------------------------------------------------------------------------

    private void approveAsAnOfficer(String reference) {
        PortalUser officer = users.create("officer", Role.OFFICER);
        browser.signIn(officer);
        browser.click(navLink("Applications")).waitForPath("/officer/applications");
        assertThat(browser.heading()).isEqualTo("Applications for a trade account");
        browser.checkAccessible("officer-applications");

        browser.click(link(reference)).waitForPathMatching("/officer/applications/[0-9a-f-]{36}");
        String review = browser.path();
        assertThat(browser.heading()).contains(reference).containsIgnoringCase("Submitted");
        assertThat(browser.find("#main-content").getText()).contains(company, ein.masked(), "not held by any account")
                .doesNotContain(ein.value());
        browser.checkAccessible("officer-application");

        int ownerMails = TestMailServer.messagesTo(ownerEmail).size();
        browser.press("Approve and open the account");
        assertThat(browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-text"))).getText())
                .as("asked in the page's own dialog").startsWith("Approve this application?");
        browser.checkAccessible("officer-approve-confirmation");
        browser.acceptConfirmation().waitForPath(review);
        assertThat(browser.find(".usa-alert--success").getText()).contains(reference + " is approved");
        assertThat(browser.heading()).containsIgnoringCase("Approved");
        browser.checkAccessible("officer-application-approved");
        browser.signOut();

        TestMailServer.awaitMessage(applicantEmail, 0, reference + " approved");
        TestMailServer.awaitMessage(ownerEmail, ownerMails, "Welcome to OpenACE");
    }

    // --- 3. the new owner ------------------------------------------------------------------------------------

    /** The welcome e-mail's link, the first password, the first sign-in, and the account's overview. */
    private Account firstSignInOfTheNewOwner() {
        setTheFirstPassword(ownerEmail, "set-owner-password");
        browser.signIn(ownerUsername, TestUsers.PASSWORD, ownerEmail);
        assertThat(browser.heading()).isEqualTo("Welcome, " + ownerName);

        browser.click(navLink("Trade accounts")).waitForPath("/accounts");
        assertThat(tableRows("#mine-heading ~ div table")).singleElement().asString()
                .startsWith(displayName).contains("Trade account owner").containsIgnoringCase("Active");
        browser.checkAccessible("owner-accounts");

        browser.click(link(displayName)).waitForPathMatching("/accounts/[0-9a-f-]{36}");
        String accountPath = browser.path();
        assertThat(browser.heading()).startsWith(displayName);
        String number = browser.find("h1 .usa-tag--big").getText();
        assertThat(sections()).as("an importer's account: no client groups").containsExactly("Overview",
                "Sub-accounts", "Users and rights", "Access for other accounts", "Contacts", "Webhooks");
        assertThat(definition("Tax identifier")).isEqualTo("Employer identification number: " + ein.masked())
                .matches("Employer identification number: \\*\\*-\\*{5}\\d{4}");
        assertThat(browser.driver().getPageSource()).as("the full EIN, nowhere").doesNotContain(ein.value());
        Account account = new Account(number, accountPath, subAccountLink("Importer"), subAccountLink("Exporter"));
        browser.checkAccessible("owner-account-overview");

        browser.click(sectionLink("Sub-accounts")).waitForPath(accountPath + "/sub-accounts");
        assertThat(browser.find("#main-content").getText()).contains("Importer", "Exporter");
        browser.checkAccessible("owner-sub-accounts");
        return account;
    }

    /** Opens the link of the welcome e-mail and chooses the password; ends on the sign-in page. */
    private void setTheFirstPassword(String email, String pageName) {
        String link = TestMailServer.linkPathIn(TestMailServer.awaitMessage(email, 0, "Welcome to OpenACE"));
        browser.open(link).waitForPath("/reset-password");
        assertThat(browser.heading()).isEqualTo("Choose your password");
        browser.checkAccessible(pageName);
        browser.type("#password", TestUsers.PASSWORD).type("#confirmation", TestUsers.PASSWORD)
                .press("Save the password").waitForPath("/sign-in?reset=first");
        assertThat(browser.find("#main-content .usa-alert--info").getText()).contains("Your password was set.");
    }

    // --- 4. a user of the company ----------------------------------------------------------------------------

    /** Invites a new person with viewing the importer's entries, then lets them change them too. */
    private void inviteAUserAndSetTheirRights(Account account) {
        browser.click(sectionLink("Users and rights")).waitForPath(account.path() + "/users");
        assertThat(browser.find("#main-content").getText()).contains(ownerUsername);
        browser.checkAccessible("owner-users");

        browser.click(link("Invite a user")).waitForPath(account.path() + "/users/invite");
        browser.checkAccessible("owner-invite");
        browser.tick("invitee-new").type("#username", clerkUsername).type("#displayName", clerkName)
                .type("#email", clerkEmail).choose(levelOf(IMPORTER_ENTRIES), "View");
        browser.press("Invite").waitForPathMatching(account.path() + "/users/[0-9a-f-]{36}");
        String rightsEditor = browser.path();
        assertThat(browser.find(".usa-alert--success").getText()).contains("User " + clerkUsername + " was created");
        assertThat(selectedLevel(IMPORTER_ENTRIES)).isEqualTo("View");
        assertThat(selectedLevel("Exporter: Entries and filings")).isEqualTo("No access");
        browser.checkAccessible("owner-rights-editor");

        browser.choose(levelOf(IMPORTER_ENTRIES), "View and change").press("Save the rights").waitForPath(rightsEditor);
        assertThat(browser.find(".usa-alert--success").getText()).contains("The rights were saved: 1 right.");
        assertThat(selectedLevel(IMPORTER_ENTRIES)).isEqualTo("View and change");
        browser.checkAccessible("owner-rights-saved");
    }

    private void theInvitedUserSignsInAndSeesOnlyTheirRights(Account account) {
        setTheFirstPassword(clerkEmail, "set-invitee-password");
        browser.signIn(clerkUsername, TestUsers.PASSWORD, clerkEmail);
        browser.click(navLink("Trade accounts")).waitForPath("/accounts");
        browser.click(link(displayName)).waitForPath(account.path());
        assertThat(browser.find("#main-content").getText()).contains("Your role: Trade account user");
        assertThat(sections()).as("only what their rights open").containsExactly("Overview", "Sub-accounts");
        assertThat(tableRows("#rights-heading ~ div table")).as("the user's rights, exactly")
                .containsExactly("Importer Entries and filings View and change All All All ports");
        browser.checkAccessible("invitee-account-overview");

        browser.open(account.path() + "/users");
        assertThat(browser.heading()).as("without the users right").isEqualTo("Page not found");
    }

    // --- 5. the broker ---------------------------------------------------------------------------------------

    /** Offers the broker's account viewing the importer sub-account's entries (and nothing of the exporter). */
    private void offerTheBrokerTheImportersEntries(Account account, String brokerNumber) {
        browser.click(sectionLink("Access for other accounts")).waitForPath(account.path() + "/grants");
        browser.checkAccessible("owner-grants");
        browser.click(link("Give another account access")).waitForPath(account.path() + "/grants/offer");
        browser.checkAccessible("owner-grant-offer");

        browser.type("#otherAccount", brokerNumber).tickLabelled("Importer: entries and filings")
                .tick("level-view").press("Offer access").waitForPath(account.path() + "/grants");
        assertThat(browser.find(".usa-alert--success").getText()).contains("Access is offered to Broker LLC");
        assertThat(tableRows("#given-heading ~ div table")).singleElement().asString()
                .contains(brokerNumber, "Importer: entries and filings, view").containsIgnoringCase("Offered");
        browser.checkAccessible("owner-grant-offered");
    }

    private void theBrokersOwnerAcceptsAndPassesItOn(PortalUser brokerOwner, PortalUser brokerUser) {
        browser.signIn(brokerOwner);
        browser.click(navLink("Trade accounts")).waitForPath("/accounts");
        browser.click(browser.find("#mine-heading ~ div table a")).waitForPathMatching("/accounts/[0-9a-f-]{36}");
        String brokerAccount = browser.path();
        String grants = brokerAccount + "/grants";
        browser.click(sectionLink("Access for other accounts")).waitForPath(grants);
        assertThat(tableRows("#received-heading ~ div table")).singleElement().asString()
                .contains(company).containsIgnoringCase("Waiting for your answer");
        browser.checkAccessible("broker-grants-waiting");

        browser.click(browser.find("#received-heading ~ div table a")).waitForPathMatching(grants + "/[0-9a-f-]{36}");
        String grant = browser.path();
        assertThat(browser.find("#main-content").getText()).contains("This account receives access",
                "Importer: entries and filings, view");
        browser.checkAccessible("broker-grant-answer");

        browser.press("Approve").waitForPath(grants);
        assertThat(browser.find(".usa-alert--success").getText()).contains("approved and in force");
        assertThat(tableRows("#received-heading ~ div table")).singleElement().asString().containsIgnoringCase("In force");

        browser.open(grant).click(link("Pass it on to your users")).waitForPath(grant + "/users");
        browser.checkAccessible("broker-pass-on");
        WebElement userRow = browser.find(By.xpath("//tbody/tr[th//span[normalize-space(.)='"
                + brokerUser.username().value() + "']]"));
        browser.choose(userRow.findElement(By.tagName("select")), "View").press("Save").waitForPath(grant + "/users");
        assertThat(browser.find(".usa-alert--success").getText()).startsWith("Saved.");
        browser.checkAccessible("broker-pass-on-saved");

        browser.click(sectionLink("Client groups")).waitForPath(brokerAccount + "/groups");
        browser.checkAccessible("broker-client-groups");
    }

    /**
     * The broker's user finds the company among the accounts that gave them access, with the importer sub-account
     * only; the exporter sub-account, even by its address, is not found.
     */
    private void theBrokersUserReachesExactlyTheGrantedData(PortalUser brokerUser, Account account) {
        browser.signIn(brokerUser);
        browser.click(navLink("Trade accounts")).waitForPath("/accounts");
        assertThat(tableRows("#granted-heading ~ div table")).containsExactly(
                displayName + " " + account.number() + " Importer Entries and filings: view");
        browser.checkAccessible("broker-user-accounts");

        browser.click(link(displayName)).waitForPath(account.path());
        assertThat(sections()).containsExactly("Overview", "Sub-accounts");
        assertThat(browser.find("#subs-heading").getText()).isEqualTo("Sub-accounts you may reach");
        assertThat(tableRows("#subs-heading ~ div table")).singleElement().asString().startsWith("Importer Importer");
        assertThat(browser.find("#main-content").getText()).as("the company's details are for its members")
                .doesNotContain("Tax identifier", "1 Harbor Way");
        browser.checkAccessible("broker-user-granted-overview");

        browser.click(sectionLink("Sub-accounts")).waitForPath(account.path() + "/sub-accounts");
        assertThat(tableRows("#main-content table")).singleElement().asString().startsWith("Importer Importer");
        browser.checkAccessible("broker-user-granted-sub-accounts");

        browser.click(link("Importer")).waitForPath(account.importerPath());
        assertThat(browser.find("#main-content h2").getText()).isEqualTo("Importer");
        browser.checkAccessible("broker-user-granted-sub-account");

        browser.open(account.exporterPath());
        assertThat(browser.heading()).as("the sub-account not granted").isEqualTo("Page not found");
        browser.checkAccessible("broker-user-not-granted");
    }

    // --- page helpers ----------------------------------------------------------------------------------------

    private static WebElement navLink(String text) {
        return browser.find(By.xpath("//nav[@aria-label='Primary navigation']//a[normalize-space(.)='" + text + "']"));
    }

    private static WebElement sectionLink(String text) {
        return browser.find(By.xpath("//nav[@aria-label='This account']//a[normalize-space(.)='" + text + "']"));
    }

    /** The sections the account's pages offer the viewer. */
    private static List<String> sections() {
        return browser.findAll("nav[aria-label='This account'] a").stream().map(WebElement::getText).toList();
    }

    /** A link of the page's main content, by its text. */
    private static WebElement link(String text) {
        return browser.find(By.xpath("//main//a[normalize-space(.)='" + text + "']"));
    }

    /** The address of a sub-account's page, from the overview's table. */
    private static String subAccountLink(String name) {
        return URI.create(browser.find(By.xpath("//section[h2[@id='subs-heading']]//a[normalize-space(.)='" + name
                + "']")).getDomProperty("href")).getPath();
    }

    /** The value of a term of the page's definition list. */
    private static String definition(String term) {
        return browser.find(By.xpath("//dl/dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]")).getText()
                .replaceAll("\\s+", " ").strip();
    }

    /** The level drop-down of a row of the rights editor ("Importer: Entries and filings"). */
    private static WebElement levelOf(String row) {
        String rowId = browser.findAll("th[id^='row-']").stream().filter(th -> th.getText().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + row + " in the rights editor")).getDomAttribute("id");
        return browser.find("#rights-" + rowId.substring("row-".length()) + "-level");
    }

    private static String selectedLevel(String row) {
        return new Select(levelOf(row)).getFirstSelectedOption().getText();
    }

    /** The rows of a table body, each as its text on one line. */
    private static List<String> tableRows(String tableSelector) {
        return browser.findAll(tableSelector + " tbody tr").stream()
                .map(row -> row.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    /** Whether the first element comes before the second in the page. */
    private static boolean isBefore(String first, String second) {
        return (Boolean) browser.driver().executeScript("return (arguments[0].compareDocumentPosition(arguments[1]) "
                + "& Node.DOCUMENT_POSITION_FOLLOWING) !== 0", browser.find(first), browser.find(second));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}

package org.openace.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openace.account.core.OpenTradeAccount;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.BrowserTest;
import org.openace.test.ChromeBrowser;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a broker's owner opens the account's webhooks, is told what is wrong with an empty form,
 * registers an endpoint on a local receiver and sees its secret once, opens the endpoint, sends a test event and sees
 * it delivered in the log, pauses and resumes it; axe-core finds nothing on any of these pages.
 */
@BrowserTest
class WebhooksBrowserTests {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;

    @Test
    void anOwnerRegistersAnEndpointSendsATestEventAndSeesItDelivered() throws IOException {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            PortalUser owner = users.create("brwhook", Role.TRADE);
            OpenTradeAccount.Opened account = accounts.broker(owner);
            String page = "/accounts/" + account.account().id() + "/webhooks";

            browser.signIn(owner);
            browser.open(page).waitForPath(page);
            assertThat(browser.find("#main-content").getText()).contains("No endpoint is registered.");
            browser.checkAccessible("webhooks");
            browser.type("#webhook-description", "Filing server").press("Register the endpoint").waitForPath(page);
            assertThat(browser.find("#webhook-url-error").getText()).contains("Enter the address of your endpoint");
            browser.checkAccessible("webhooks-with-errors");

            browser.type("#webhook-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
                    .press("Register the endpoint").waitForPath(page);
            assertThat(browser.find("#webhook-secret").getAttribute("value")).startsWith("whsec_");
            browser.checkAccessible("webhook-registered");

            browser.click("#main-content table a").waitForPathMatching(page + "/[0-9a-f-]{36}");
            String endpoint = browser.path();
            browser.checkAccessible("webhook-endpoint");
            browser.press("Send a test event").waitForPath(endpoint);
            assertThat(browser.find(".usa-alert--success").getText()).contains("A test event is queued");
            browser.waitUntil(driver -> {
                driver.navigate().refresh();
                return driver.getPageSource().contains("Delivered");
            });
            assertThat(received.get()).isEqualTo(1);
            assertThat(browser.find("#webhook-deliveries").getText()).contains("webhook.test", "HTTP 204");
            browser.checkAccessible("webhook-delivered");

            browser.press("Pause").waitForPath(endpoint);
            assertThat(browser.find("#webhook-paused").getText()).contains("Paused by");
            browser.checkAccessible("webhook-paused");
            browser.press("Resume").waitForPath(endpoint);
            assertThat(browser.find(".usa-alert--success").getText()).contains("resumed");

            browser.assertCheckedPagesAccessible();
        }
        finally {
            receiver.stop(0);
        }
    }
}

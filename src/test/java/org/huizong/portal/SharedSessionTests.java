package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huizong.fixtures.HuizongProcess;
import org.huizong.fixtures.Suites;
import org.huizong.fixtures.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two {@code serve} processes on different ports and one PostgreSQL database behave as one portal behind a proxy: a
 * user logged in on one is logged in on the other, with the same CSRF token, and logged out on both by either.
 */
@Tag(Suites.RABBITMQ)
class SharedSessionTests {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionLoggedInOnOneInstanceIsLoggedInOnTheOtherAndLoggedOutOnBoth() throws Exception {
        PortalFixture city = PortalFixture.create();
        String db = TestDatabase.postgresSchema("portal_instances");
        int portA = freePort();
        int portB = freePort();
        try (HuizongProcess a = serve(city, db, portA, "instance-a")) {
            awaitUp(a, portA); // one after the other: the first creates the schema
            try (HuizongProcess b = serve(city, db, portB, "instance-b")) {
                awaitUp(b, portB);

                HttpResponse<String> login = get(portA, "/login", null);
                String cookie = session(login, null);
                HttpResponse<String> loggedIn = post(
                        portA,
                        "/login",
                        cookie,
                        "username=office&password=" + URLEncoder.encode(PortalFixture.PASSWORD, StandardCharsets.UTF_8)
                                + "&_csrf=" + csrf(login));
                assertThat(loggedIn.statusCode()).isEqualTo(302);
                assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
                cookie = session(loggedIn, cookie);

                HttpResponse<String> onB = get(portB, "/office", cookie);
                assertThat(onB.statusCode())
                        .as("the other instance knows the session")
                        .isEqualTo(200);
                assertThat(onB.body()).contains("市政务公开办");
                assertThat(get(portB, "/office", null).statusCode())
                        .as("and nobody without it")
                        .isEqualTo(302);

                HttpResponse<String> loggedOut =
                        post(portB, "/logout", cookie, "_csrf=" + csrf(get(portA, "/office", cookie)));
                assertThat(loggedOut.statusCode())
                        .as("a form of one instance posted to the other")
                        .isEqualTo(302);
                assertThat(loggedOut.headers().firstValue("Location").orElse(""))
                        .contains("/login?logout");
                HttpResponse<String> afterLogout = get(portA, "/office", cookie);
                assertThat(afterLogout.statusCode())
                        .as("logged out on the first instance too")
                        .isEqualTo(302);
                assertThat(afterLogout.headers().firstValue("Location").orElse(""))
                        .contains("/login");
            }
        }
    }

    private static HuizongProcess serve(PortalFixture city, String db, int port, String name) throws IOException {
        return HuizongProcess.start(
                city.root().resolve(name),
                "serve",
                "--port",
                String.valueOf(port),
                "--db",
                db,
                "--input",
                city.input().toString(),
                "--output",
                city.output().toString(),
                "--config",
                city.config().toString());
    }

    private void awaitUp(HuizongProcess portal, int port) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            try {
                if (get(port, "/login", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!portal.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the portal on port " + port + " did not start: " + portal.console());
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String cookie, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Cookie", "SESSION=" + cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie the response sets, else the one the request had. */
    private static String session(HttpResponse<String> response, String before) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION.matcher(header);
            if (session.find()) {
                return session.group(1);
            }
        }
        assertThat(before).as("a session cookie").isNotNull();
        return before;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

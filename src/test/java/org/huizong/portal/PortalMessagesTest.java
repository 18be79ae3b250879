package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every portal message the code asks for is in messages.properties: a missing key fails here, not on a page. */
class PortalMessagesTest {

    private static final Pattern ASKED = Pattern.compile("PortalMessages\\.get\\(\"([^\"]+)\"");

    @Test
    void everyKeyTheCodeNamesExists() throws Exception {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/huizong/portal"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ASKED.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".")) {
                        assertThatCode(() -> PortalMessages.get(key, "x", "y", "z", "w"))
                                .as(source + ": " + key)
                                .doesNotThrowAnyException();
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeComposesExists() {
        AuditLog.ACTIONS.forEach(
                action -> assertThat(AuditLog.label(action)).as(action).doesNotContainPattern("[A-Z_]{4,}"));
        for (int status : List.of(400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 503)) {
            assertThat(PortalErrorAttributes.reason(status, null))
                    .as("status " + status)
                    .isNotBlank()
                    .doesNotContainPattern("[A-Za-z]{3,}");
        }
    }
}

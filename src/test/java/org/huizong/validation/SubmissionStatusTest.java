package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.huizong.form.PeriodKind;
import org.huizong.text.Messages;
import org.junit.jupiter.api.Test;

/** One status type: which statuses count in consolidation, and the one set of words reports and portal share. */
class SubmissionStatusTest {

    @Test
    void onlyAcceptedSubmissionsCount() {
        assertThat(Stream.of(SubmissionStatus.values()).filter(SubmissionStatus::isCounted))
                .containsExactly(SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED_WITH_WARNINGS);
        assertThat(SubmissionStatus.COUNTED).containsExactly("ACCEPTED", "ACCEPTED_WITH_WARNINGS");
    }

    @Test
    void aReturnedFileIsAVersionButDoesNotCount() {
        assertThat(SubmissionStatus.RETURNED.isCounted()).isFalse();
        assertThat(SubmissionStatus.VERSIONED).containsExactly("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "RETURNED");
    }

    @Test
    void everyStatusHasItsWordsInTheBundle() {
        List<String> missing = Arrays.stream(SubmissionStatus.values())
                .map(s -> "status." + s.name())
                .filter(key -> !Messages.has(key))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void statusesReadInTheWordsOfTheReports() {
        assertThat(Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::label))
                .containsExactly("已纳入", "已纳入（有警告）", "退回待改", "拒收", "未报送", "重复文件", "未保存");
    }

    @Test
    void aMissingUnitOfAYearMayHaveSentSomeMonths() {
        assertThat(SubmissionStatus.MISSING.label(PeriodKind.YEAR)).isEqualTo("未报送或月报不全");
        assertThat(SubmissionStatus.MISSING.label(PeriodKind.MONTH)).isEqualTo("未报送");
        assertThat(SubmissionStatus.RETURNED.label(PeriodKind.YEAR)).isEqualTo("退回待改");
    }

    @Test
    void theWorstFindingDecides() {
        Finding warning = new Finding("W", Severity.WARNING, "", "", "", "", null, null, "");
        Finding error = new Finding("E", Severity.ERROR, "", "", "", "", null, null, "");
        Finding reject = new Finding("R", Severity.REJECT, "", "", "", "", null, null, "");
        assertThat(SubmissionStatus.of(List.of())).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(SubmissionStatus.of(List.of(warning))).isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
        assertThat(SubmissionStatus.of(List.of(warning, error))).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(SubmissionStatus.of(List.of(error, reject))).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void noCodeOrPageNamesAStatusInQuotes() throws IOException {
        Pattern quoted = Pattern.compile("['\"]("
                + String.join(
                        "|",
                        Stream.of(SubmissionStatus.values()).map(Enum::name).toList()) + ")['\"]");
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources/templates")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.endsWith("SubmissionStatus.java"))
                        .toList()) {
                    Matcher matcher = quoted.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found.add(file + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(found)
                .as("statuses named as text instead of through SubmissionStatus")
                .isEmpty();
    }
}

package org.huizong.badfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.huizong.badfiles.ValidWorkbooks.ValidWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus mixed with valid workbooks and checked one after the other by one reader and validator, as an
 * ingestion run would: a bad file gives its finding and leaves nothing behind that hurts the files after it.
 */
class BadFileBatchTest {

    private static final int BAD_FILES_BETWEEN_VALID_ONES = 5;

    @TempDir
    Path root;

    @Test
    void badFilesNeverHurtTheValidWorkbooksAroundThem() throws Exception {
        // given
        Path folder = root.resolve("inbox").resolve("东城区");
        List<BadFile> bad = BadFileCorpus.build(folder);
        List<ValidWorkbook> valid = ValidWorkbooks.build(folder);
        List<Object> batch = interleave(bad, valid);
        CorpusCheck check = new CorpusCheck();
        int items = check.form().items().size();

        // when, then
        SoftAssertions softly = new SoftAssertions();
        for (Object file : batch) {
            if (file instanceof BadFile badFile) {
                CorpusCheck.Outcome outcome = check.check(folder.resolve(badFile.name()));
                softly.assertThat(outcome.rules())
                        .as("%s (%s)", badFile.name(), badFile.why())
                        .containsExactly(badFile.expectedRule());
            } else if (file instanceof ValidWorkbook workbook) {
                CorpusCheck.Outcome outcome = check.check(folder.resolve(workbook.name()));
                softly.assertThat(outcome.rules())
                        .as("%s: findings", workbook.name())
                        .isEmpty();
                softly.assertThat(outcome.reading().cells())
                        .as("%s: items read", workbook.name())
                        .hasSize(items);
                softly.assertThat(outcome.checked().values())
                        .as("%s: values", workbook.name())
                        .isEqualTo(workbook.values());
            }
        }
        softly.assertAll();
        assertThat(batch).hasSize(bad.size() + valid.size());
        assertThat(folder.resolve(HostileFiles.TRAVERSAL_ENTRY).normalize())
                .as("zip slip entry extracted")
                .doesNotExist();
        assertThat(Path.of(HostileFiles.TRAVERSAL_ENTRY).toAbsolutePath().normalize())
                .as("zip slip entry extracted")
                .doesNotExist();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("evil.txt")))
                    .isEmpty();
        }
    }

    /** A valid workbook first, then one after every few bad files, the rest at the end. */
    private static List<Object> interleave(List<BadFile> bad, List<ValidWorkbook> valid) {
        List<Object> batch = new ArrayList<>();
        int nextValid = 0;
        batch.add(valid.get(nextValid++));
        for (int i = 0; i < bad.size(); i++) {
            batch.add(bad.get(i));
            if ((i + 1) % BAD_FILES_BETWEEN_VALID_ONES == 0 && nextValid < valid.size()) {
                batch.add(valid.get(nextValid++));
            }
        }
        batch.addAll(valid.subList(nextValid, valid.size()));
        return batch;
    }
}

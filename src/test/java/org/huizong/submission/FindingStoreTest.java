package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every finding is stored with the check that found it, and a file's findings list source by source whatever ran last. */
class FindingStoreTest {

    private FindingDatabase db;
    private FindingStore store;
    private long file;

    @BeforeEach
    void fileWithoutFindings() {
        db = FindingDatabase.at(null);
        store = new FindingStore(db.jdbc, db.batch);
        file = db.receivedFile("a.xlsx", "ACCEPTED");
    }

    @Test
    void eachFindingKeepsItsSourceAndItsPlaceInIt() {
        store.addChecked(file, List.of(finding("V01", Severity.ERROR, "C5"), finding("V02", Severity.WARNING, "C6")));
        store.addHistory(Map.of(file, List.of(finding("P-CARRY", Severity.WARNING, "C7"))));
        store.addCrossUnit(Map.of(file, List.of(Finding.ofFile(org.huizong.validation.Rule.U_LATE, "逾期"))));
        store.addReturn(file, "区县退回");

        assertThat(db.listed(file))
                .containsExactly(
                        "FILE 0 V01", "FILE 1 V02", "HISTORY 0 P-CARRY", "CROSS_UNIT 0 U-LATE", "RETURN 0 R-RETURN");
    }

    @Test
    void findingsJudgedAgainListInTheirSourcesPlace() {
        store.addChecked(file, List.of(finding("V01", Severity.ERROR, "C5")));
        store.addHistory(Map.of(file, List.of(finding("P-CARRY", Severity.WARNING, "C7"))));
        store.addCrossUnit(Map.of(file, List.of(finding("U-DUP", Severity.WARNING, ""))));

        store.remove(FindingSource.HISTORY, List.of(file));
        store.addHistory(Map.of(
                file, List.of(finding("P-SAME", Severity.WARNING, "C8"), finding("P-YTD", Severity.ERROR, "C9"))));

        assertThat(db.listed(file))
                .containsExactly("FILE 0 V01", "HISTORY 0 P-SAME", "HISTORY 1 P-YTD", "CROSS_UNIT 0 U-DUP");
    }

    @Test
    void aSecondReturnListsAfterTheFirst() {
        store.addReturn(file, "第一次");
        store.addReturn(file, "第二次");

        assertThat(db.listed(file)).containsExactly("RETURN 0 R-RETURN", "RETURN 1 R-RETURN");
    }

    @Test
    void aRejudgedWarningTakesTheKeptAnswerForItsCell() {
        db.jdbc
                .sql(
                        "INSERT INTO file_justification (file_id, rule, sheet, cell, justification) VALUES (:file, 'P-CARRY', '表一', 'C7', '口径调整')")
                .param("file", file)
                .update();

        store.addHistory(Map.of(
                file, List.of(finding("P-CARRY", Severity.WARNING, "C7"), finding("P-CARRY", Severity.WARNING, "C8"))));

        assertThat(db.jdbc
                        .sql("SELECT justification FROM finding WHERE file_id = :file ORDER BY ordinal")
                        .param("file", file)
                        .query(String.class)
                        .list())
                .containsExactly("口径调整", null);
    }

    @Test
    void anAnswerWrittenOnThePortalIsKeptForTheNextRun() {
        store.addChecked(file, List.of(finding("V02", Severity.WARNING, "C6")));
        long finding = db.jdbc
                .sql("SELECT id FROM finding WHERE file_id = :file")
                .param("file", file)
                .query(Long.class)
                .single();

        store.answer(finding, "数据无误");
        store.answer(finding, "数据无误，已核实");

        assertThat(db.jdbc
                        .sql("SELECT justification FROM finding WHERE id = :id")
                        .param("id", finding)
                        .query(String.class)
                        .single())
                .isEqualTo("数据无误，已核实");
        assertThat(db.jdbc
                        .sql(
                                "SELECT rule || ' ' || cell || ' ' || justification FROM file_justification WHERE file_id = :file")
                        .param("file", file)
                        .query(String.class)
                        .list())
                .containsExactly("V02 C6 数据无误，已核实");
    }

    private static Finding finding(String rule, Severity severity, String cell) {
        return new Finding(rule, severity, cell.isEmpty() ? "" : "表一", cell, "", "", null, null, rule + " 的说明");
    }
}

package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huizong.validation.Finding;
import org.huizong.validation.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county's return makes the file RETURNED through its findings; undoing it restores what its other findings say. */
class FileReturnsTest {

    private FindingDatabase db;
    private FileReturns returns;
    private long file;

    @BeforeEach
    void acceptedFileWithAWarning() {
        db = FindingDatabase.at(null);
        FindingStore store = new FindingStore(db.jdbc, db.batch);
        returns = new FileReturns(db.jdbc, db.batch, store);
        file = db.receivedFile("a.xlsx", "ACCEPTED_WITH_WARNINGS");
        store.addChecked(file, List.of(new Finding("V02", Severity.WARNING, "表一", "C6", "", "", null, null, "请核实")));
    }

    @Test
    void aReturnedFileIsReturnedWithTheReasonAndWhoReturnedIt() {
        returns.returnToUnit(file, "数字与台账不符", "东城区协调员");

        assertThat(status()).isEqualTo("RETURNED");
        assertThat(db.listed(file)).containsExactly("FILE 0 V02", "RETURN 0 R-RETURN");
        assertThat(db.jdbc
                        .sql("SELECT message FROM finding WHERE file_id = :file AND rule = 'R-RETURN'")
                        .param("file", file)
                        .query(String.class)
                        .single())
                .contains("数字与台账不符")
                .contains("东城区协调员");
    }

    @Test
    void anUndoneReturnLeavesTheFileAsItsOtherFindingsSay() {
        returns.returnToUnit(file, "数字与台账不符", "东城区协调员");

        returns.undoReturn(file);

        assertThat(status()).isEqualTo("ACCEPTED_WITH_WARNINGS");
        assertThat(db.listed(file)).containsExactly("FILE 0 V02");
    }

    private String status() {
        return db.jdbc
                .sql("SELECT status FROM received_file WHERE id = :id")
                .param("id", file)
                .query(String.class)
                .single();
    }
}

package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** V25 gives the findings of a database made before it the source their ordinal range stood for, and their place in it. */
class FindingSourceMigrationTest {

    @Test
    void eachOrdinalRangeBecomesItsSource() {
        FindingDatabase db = FindingDatabase.at("24");
        long file = db.receivedFile("a.xlsx", "RETURNED");
        int[] ordinals = {0, 1, 5_000, 5_001, 10_000, 20_000, 20_001};
        String[] rules = {"V01", "V02", "P-CARRY", "P-SAME", "U-DUP", "R-RETURN", "R-RETURN"};
        for (int i = 0; i < ordinals.length; i++) {
            db.jdbc
                    .sql("""
                    INSERT INTO finding (file_id, ordinal, rule, severity, sheet, cell, row_label, col_label, message)
                    VALUES (:file, :ordinal, :rule, 'ERROR', '', '', '', '', '')
                    """)
                    .param("file", file)
                    .param("ordinal", ordinals[i])
                    .param("rule", rules[i])
                    .update();
        }

        FindingDatabase.migrate(db.dataSource, null);

        assertThat(db.listed(file))
                .containsExactly(
                        "FILE 0 V01",
                        "FILE 1 V02",
                        "HISTORY 0 P-CARRY",
                        "HISTORY 1 P-SAME",
                        "CROSS_UNIT 0 U-DUP",
                        "RETURN 0 R-RETURN",
                        "RETURN 1 R-RETURN");
    }
}

package org.huizong.portal.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.huizong.portal.bureau.UnitRecords.Upload;
import org.huizong.portal.bureau.UnitRecords.Version;
import org.junit.jupiter.api.Test;

/** A file that is not a version (a duplicate, a rejected file) reads as what it is, never as "第 null 版". */
class UnitRecordsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void anUploadIngestedAsADuplicateSaysSo() {
        Upload duplicate = new Upload(
                1, AT, "月报.xlsx", "ACCEPTED", "bureau", 0, 0, "SUBMITTED", AT, true, 7L, null, "DUPLICATE", null);
        assertThat(duplicate.stageLabel()).isEqualTo("已入库（重复文件）");
        Upload version = new Upload(
                2, AT, "月报.xlsx", "ACCEPTED", "bureau", 0, 0, "SUBMITTED", AT, true, 8L, 3, "ACCEPTED", null);
        assertThat(version.stageLabel()).isEqualTo("第 3 版");
        Upload pending = new Upload(
                3, AT, "月报.xlsx", "ACCEPTED", "bureau", 0, 0, "SUBMITTED", AT, false, null, null, null, null);
        assertThat(pending.stageLabel()).isEqualTo("已提交，待入库");
        assertThat(pending.withdrawable()).isTrue();
        Upload taken =
                new Upload(4, AT, "月报.xlsx", "ACCEPTED", "bureau", 0, 0, "SUBMITTED", AT, true, null, null, null, null);
        assertThat(taken.stageLabel()).isEqualTo("汇总任务正在读取");
        assertThat(taken.withdrawable()).isFalse();
    }

    @Test
    void aFileThatIsNotAVersionIsNamedByWhatItIs() {
        assertThat(new Version(1, null, AT, "REJECTED", false, null, 1, 0).label())
                .isEqualTo("未计版本（拒收）");
        assertThat(new Version(2, 2, AT, "ACCEPTED", true, null, 0, 0).label()).isEqualTo("第 2 版");
    }

    @Test
    void aCheckedUploadSaysAtOnceWhatItsStatusMeans() {
        Upload warned = new Upload(
                5,
                AT,
                "月报.xlsx",
                "ACCEPTED_WITH_WARNINGS",
                "bureau",
                0,
                1,
                "CHECKED",
                null,
                false,
                null,
                null,
                null,
                null);
        assertThat(warned.checkNote()).startsWith("可以接收，但有警告");
        assertThat(warned.checkTone()).isEqualTo("info");
        for (String status : List.of("ACCEPTED", "RETURNED", "REJECTED")) {
            Upload checked = new Upload(
                    6, AT, "月报.xlsx", status, "bureau", 0, 0, "CHECKED", null, false, null, null, null, null);
            assertThat(checked.checkNote()).as(status).isNotBlank();
            assertThat(checked.refused()).isFalse();
        }
        Upload refused = new Upload(
                7, AT, "月报.xlsx", "REFUSED", "bureau", 0, 0, "CLOSED", null, false, null, null, null, "不是本单位");
        assertThat(refused.refused()).isTrue();
    }
}

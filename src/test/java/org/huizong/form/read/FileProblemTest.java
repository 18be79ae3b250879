package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each limit's text, as findings F02 have always shown it, and a text in the bundle for every problem. */
class FileProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FILE_SIZE         | 25.0MB;20.0MB  | 文件大小25.0MB，超过上限20.0MB
            UNCOMPRESSED_SIZE | 210.0MB;200.0MB | 解压后大小210.0MB，超过上限200.0MB
            EXPANSION_RATIO   | 1024           | 压缩比异常（1024倍），疑似压缩炸弹
            ZIP_BOMB          |                | 压缩比异常，疑似压缩炸弹
            SHEETS            | 61;50          | 工作表61张，超过上限50张
            SHEETS_COUNTED    | 50             | 工作表超过50张
            SHEET_ROWS        | 表一;5001;5000  | 工作表“表一”有5001行，超过上限5000行
            ROWS              | 5001;5000      | 工作表有5001行以上，超过上限5000行
            CELLS             | 200000         | 单元格超过200000个
            CELL_TEXT         | 32767          | 单元格文字超过32767个字符
            SHARED_TEXT       | 4000000        | 共享文字超过4000000个字符
            MEMORY            |                | 读取时所需内存过多（文件中可能含有极长的文字或大量内容）
            """)
    void aLimitSaysWhichInTheWordsOfItsFinding(FileProblem problem, String arguments, String text) {
        Object[] values = arguments == null
                ? new Object[0]
                : Arrays.stream(arguments.split(";")).toArray();

        assertThat(new WorkbookTooLargeException(problem, values).getMessage()).isEqualTo(text);
        assertThat(WorkbookReading.refused(problem, values).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ReadProblem.Kind.TOO_LARGE))
                .satisfies(p -> assertThat(p.file()).isEqualTo(problem))
                .satisfies(p -> assertThat(p.detail()).isEqualTo(text));
    }

    @Test
    void everyProblemHasItsTextAndIsUnreadableOrTooLarge() {
        for (FileProblem problem : FileProblem.values()) {
            assertThat(problem.text("1", "2", "3")).as(problem.name()).isNotBlank();
            assertThat(problem.kind()).as(problem.name()).isIn(ReadProblem.Kind.UNREADABLE, ReadProblem.Kind.TOO_LARGE);
        }
        assertThat(WorkbookReading.refused(FileProblem.ENCRYPTED).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ReadProblem.Kind.UNREADABLE))
                .satisfies(p -> assertThat(p.file().messageKey()).isEqualTo("finding.F01.encrypted"));
    }
}

package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.huizong.validation.ValueLocation;
import org.junit.jupiter.api.Test;

/** A file's zeros listed in one text read back exactly, whatever its sheets are called. */
class ZeroCellsTest {

    @Test
    void readsBackEveryZeroWithItsCell() {
        Map<String, ValueLocation> zeros = new LinkedHashMap<>();
        zeros.put("T1.A01.V", new ValueLocation("一、主动公开", "C5"));
        zeros.put("T1.A02.V", new ValueLocation("一、主动公开", "C6"));
        zeros.put("T3.R01.C7", new ValueLocation("表三;备注,=:12:", "AA17"));
        zeros.put("T4.R02.C1", new ValueLocation(null, null));
        zeros.put("T2.B01.V", new ValueLocation("2", "D9"));

        String text = ZeroCells.encode(zeros);

        assertThat(ZeroCells.decode(text)).isEqualTo(zeros);
        assertThat(text).startsWith("6:一、主动公开T1.A01.V=C5,T1.A02.V=C6;");
    }

    @Test
    void keepsSheetNamesAsTheValueRowsDo() {
        String longName = "很长的工作表名".repeat(20);
        Map<String, ValueLocation> zeros = Map.of("T1.A01.V", new ValueLocation(longName, "B2"));

        ValueLocation read = ZeroCells.decode(ZeroCells.encode(zeros)).get("T1.A01.V");

        assertThat(read).isEqualTo(new ValueLocation(longName.substring(0, ZeroCells.SHEET_NAME_LENGTH), "B2"));
    }

    @Test
    void listsOnlyItemCodesItCanReadBack() {
        assertThat(ZeroCells.canList("T3.R01.C7")).isTrue();
        assertThat(ZeroCells.canList("A,B")).isFalse();
        assertThat(ZeroCells.canList("A=B")).isFalse();
        assertThat(ZeroCells.canList("A;B")).isFalse();
        assertThat(ZeroCells.canList("")).isFalse();
    }
}

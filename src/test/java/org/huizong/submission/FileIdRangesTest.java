package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranges of neighbouring file ids {@link StoredValues#forEachNonzero} reads by one query each. */
class FileIdRangesTest {

    @Test
    void neighbouringFileIdsAreReadAsOneRange() {
        assertThat(ranges(new long[] {3, 4, 7, 40, 66})).containsExactly("3-66");
    }

    @Test
    void aRangeSpansFewerThanSixtyFourIds() {
        assertThat(ranges(new long[] {1, 2, 64, 65, 128, 129})).containsExactly("1-64", "65-128", "129-129");
    }

    @Test
    void aFileFarFromTheOthersIsReadByItself() {
        assertThat(ranges(new long[] {10, 11, 12, 5_000, 5_002, 90_000}))
                .containsExactly("10-12", "5000-5002", "90000-90000");
    }

    @Test
    void noFilesMeansNoRange() {
        assertThat(StoredValues.ranges(new long[0])).isEmpty();
    }

    private static List<String> ranges(long[] ids) {
        return StoredValues.ranges(ids).stream().map(r -> r[0] + "-" + r[1]).toList();
    }
}

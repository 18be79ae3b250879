package org.huizong.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The portal names statuses in the words of the reports. */
class LabelsTest {

    @Test
    void statusesReadAsInTheReports() {
        assertThat(Labels.status("ACCEPTED")).isEqualTo("已纳入");
        assertThat(Labels.status("ACCEPTED_WITH_WARNINGS")).isEqualTo("已纳入（有警告）");
        assertThat(Labels.status("RETURNED")).isEqualTo("退回待改");
        assertThat(Labels.status("REFUSED")).isEqualTo("未保存");
    }

    @Test
    void aUnitWithoutStatusReadsAsMissing() {
        assertThat(Labels.status(null)).isEqualTo("未报送");
    }

    @Test
    void badgesAreColouredByStatusOrSeverity() {
        assertThat(Labels.tone("ACCEPTED")).isEqualTo("green");
        assertThat(Labels.tone("ACCEPTED_WITH_WARNINGS")).isEqualTo("amber");
        assertThat(Labels.tone("REFUSED")).isEqualTo("red");
        assertThat(Labels.tone("MISSING")).isEqualTo("grey");
        assertThat(Labels.tone("WARNING")).isEqualTo("amber");
        assertThat(Labels.tone("REJECT")).isEqualTo("red");
        assertThat(Labels.tone(null)).isEqualTo("grey");
    }
}

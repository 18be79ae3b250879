package org.huizong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormCatalog;
import org.huizong.form.write.ReportRow;
import org.huizong.form.write.ReportTable;
import org.junit.jupiter.api.Test;

/** The official tables as the PDF shows them, from the form descriptor alone. */
class OfficialTablesTest {

    private final List<OfficialTables.OfficialTable> tables = new OfficialTables(
                    FormCatalog.bundled().get(FormCatalog.MONTHLY))
            .of(Map.of("T3.R05.C7", new BigDecimal("3"), "T4.LR.2", new BigDecimal("2")));

    @Test
    void table3IsAnOutlineWithItsGroupsOnTheirOwnRows() {
        ReportTable table3 = table("表三");
        assertThat(table3.header()).containsExactly("项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(table3.caption()).contains("商业企业至其他属“法人或其他组织”");
        List<String> labels = table3.rows().stream().map(ReportRow::label).toList();
        int group = labels.indexOf("\u3000（三）不予公开");
        assertThat(table3.rows().get(group).emphasis()).isEqualTo(ReportRow.Emphasis.GROUP);
        assertThat(labels.get(group + 1)).isEqualTo("\u3000\u30001.属于国家秘密");
        assertThat(table3.rows().get(group + 1).cells().get(6).text()).isEqualTo("3");
        assertThat(labels).contains("三、本期办理结果", "四、结转下期继续办理");
    }

    @Test
    void table4SingleRowShowsOneRowPerGroupOfItsColumns() {
        ReportTable table4 = table("表四");
        assertThat(table4.header()).containsExactly("类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(table4.rows()).extracting(ReportRow::label).containsExactly("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
        assertThat(table4.rows().get(2).cells().get(1).text()).isEqualTo("2");
    }

    private ReportTable table(String sheetTitlePrefix) {
        return tables.stream()
                .filter(t -> t.sheetTitle().startsWith(sheetTitlePrefix))
                .findFirst()
                .orElseThrow()
                .table();
    }
}

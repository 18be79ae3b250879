package org.huizong.badfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.form.InfoField;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;

/** Readable workbooks that are the wrong thing: another table, another form, another unit. */
final class WrongContent {

    private WrongContent() {}

    /** The unit's staff list sent instead of the form. */
    static void staffList(Path target, SourceWorkbooks sources) throws IOException {
        new FormWorkbookWriter()
                .writeTable(
                        "人员名单",
                        List.of(
                                List.of("姓名", "岗位", "电话"),
                                List.of("李四", "科员", "0990-1234567"),
                                List.of("王五", "科长", "0990-7654321")),
                        target);
    }

    /** The same list on a sheet called 工作表1, the default name of a new sheet in zh-CN WPS and LibreOffice. */
    static void staffListOnSheetOne(Path target, SourceWorkbooks sources) throws IOException {
        new FormWorkbookWriter()
                .writeTable(
                        "工作表1",
                        List.of(
                                List.of("姓名", "岗位", "电话"),
                                List.of("李四", "科员", "0990-1234567"),
                                List.of("王五", "科长", "0990-7654321")),
                        target);
    }

    /** Last year's annual report (GIA-Y, 表二 to 表四) sent for the October monthly period. */
    static void annualForm(Path target, SourceWorkbooks sources) throws IOException {
        Map<String, String> info = FixtureWorkbooks.info("2025年");
        new FormWorkbookWriter()
                .write(
                        FormCatalog.bundled().get(FormCatalog.ANNUAL),
                        FilledForm.blank(info),
                        WriteOptions.official(),
                        target);
    }

    /** A valid form from a unit that is not in the unit directory (a school, not a reporting unit). */
    static void unknownUnit(Path target, SourceWorkbooks sources) throws IOException {
        Map<String, String> info = FixtureWorkbooks.info("2026年10月");
        info.put(InfoField.UNIT_NAME, "北岭县第二中学");
        info.put(InfoField.USCC, "12990105MB00000313");
        sources.monthly(info, target);
    }

    /** A complete, valid BIFF8 form saved under WPS's own extension (.et), which the intake does not take. */
    static void wpsExtension(Path target, SourceWorkbooks sources) throws IOException {
        Files.copy(sources.xls(), target);
    }
}

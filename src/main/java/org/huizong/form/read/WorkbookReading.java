package org.huizong.form.read;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one submitted workbook for one form: the 基本信息 fields, the item cells found, the
 * structural problems, the actual name of each form sheet found (by sheet code), and the 说明 of a returned 问题清单.
 */
public record WorkbookReading(
        Map<String, InfoValue> info,
        Map<String, String> sheetNames,
        List<ItemCell> cells,
        List<ReadProblem> problems,
        List<Justification> justifications) {

    public WorkbookReading {
        info = Map.copyOf(info);
        sheetNames = Map.copyOf(sheetNames);
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
        justifications = List.copyOf(justifications);
    }

    /** A file refused as a whole, for {@code problem} with the arguments its text takes. */
    public static WorkbookReading refused(FileProblem problem, Object... arguments) {
        return new WorkbookReading(
                Map.of(), Map.of(), List.of(), List.of(ReadProblem.refusal(problem, arguments)), List.of());
    }

    public String infoText(String key) {
        InfoValue value = info.get(key);
        return value == null ? "" : value.text();
    }
}

package org.huizong.form.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.IssueList;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.LabelText;
import org.huizong.form.SheetDescriptor;

/**
 * Reads a submitted workbook against a form: opens it, recognises the form's sheets by name or content, reads the
 * 基本信息 fields and locates every item by its labels. The file is closed before this returns.
 */
public final class SubmissionReader {

    private final WorkbookGridLoader loader;

    public SubmissionReader(WorkbookGridLoader loader) {
        this.loader = loader;
    }

    public WorkbookReading read(Path file, FormDescriptor form) {
        return read(file, form, List.of());
    }

    /**
     * Reads the file as {@code form}; when it does not fit that form but reads completely as one of {@code others}
     * (an annual workbook sent for a month), says so in one problem instead of listing every missing label.
     */
    public WorkbookReading read(Path file, FormDescriptor form, List<FormDescriptor> others) {
        List<CellGrid> grids;
        try {
            grids = loader.load(file);
        } catch (UnreadableWorkbookException e) {
            return WorkbookReading.refused(e.problem());
        } catch (WorkbookTooLargeException e) {
            return WorkbookReading.refused(e.problem(), e.arguments().toArray());
        }
        WorkbookReading reading = read(grids, form);
        if (!reading.problems().isEmpty()) {
            for (FormDescriptor other : others) {
                if (!other.code().equals(form.code())
                        && read(grids, other).problems().isEmpty()) {
                    return new WorkbookReading(
                            reading.info(),
                            Map.of(),
                            List.of(),
                            List.of(new ReadProblem(ReadProblem.Kind.OTHER_FORM, "", other.name())),
                            List.of());
                }
            }
        }
        return reading;
    }

    WorkbookReading read(List<CellGrid> grids, FormDescriptor form) {
        List<CellGrid> formGrids = grids.stream()
                .filter(g -> !LabelText.canonical(g.sheetName()).equals(IssueList.SHEET))
                .toList();
        Map<SheetDescriptor, CellGrid> matched = new SheetRecognition(form).match(formGrids);
        CellGrid infoSheet = infoNames(form).stream()
                .flatMap(name -> grids.stream().filter(g -> nameMatches(g.sheetName(), List.of(name))))
                .findFirst()
                .orElse(null);
        Map<String, InfoValue> info = new InfoFieldReader(form.info()).read(infoSheet, grids);
        List<ReadProblem> problems = new ArrayList<>();
        List<ItemCell> cells = new ArrayList<>();
        Map<String, String> sheetNames = new LinkedHashMap<>();
        if (matched.isEmpty()) {
            problems.add(new ReadProblem(ReadProblem.Kind.NO_FORM_SHEET, "", form.code()));
            return new WorkbookReading(info, sheetNames, cells, problems, List.of());
        }
        for (SheetDescriptor sheet : form.sheets()) {
            CellGrid grid = matched.get(sheet);
            if (grid == null) {
                problems.add(new ReadProblem(ReadProblem.Kind.MISSING_SHEET, sheet.name(), sheet.title()));
                continue;
            }
            sheetNames.put(sheet.code(), grid.sheetName());
            List<ItemDescriptor> sheetItems =
                    form.items().stream().filter(i -> i.sheet() == sheet).toList();
            new SheetLocator(grid, sheet).locate(sheetItems, cells, problems);
        }
        return new WorkbookReading(info, sheetNames, cells, problems, new IssueListReader().read(grids));
    }

    private static List<String> infoNames(FormDescriptor form) {
        List<String> names = new ArrayList<>(form.info().aliases());
        names.add(0, form.info().name());
        return names;
    }

    /** {@code 表三 申请情况} and {@code 表3} name sheet 表三 (see {@link SheetRecognition#nameMatches}). */
    static boolean nameMatches(String sheetName, List<String> names) {
        return SheetRecognition.nameMatches(sheetName, names);
    }
}

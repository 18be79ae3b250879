package org.huizong.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.huizong.form.FormDescriptor;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookReading;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.SubmissionContext;
import org.huizong.validation.SubmissionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of one received file, whatever it is: a macro or non-workbook name is refused by its extension, a
 * workbook is read (recognising one sent on another form of the catalog) and validated, and a reader that fails
 * unexpectedly makes the file unreadable (F01) instead of failing the run.
 */
public final class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of(".xlsx", ".xls");
    private static final Set<String> MACRO_EXTENSIONS = Set.of(".xlsm", ".xltm", ".xlam");

    private final SubmissionReader reader;
    private final List<FormDescriptor> otherForms;
    private final SubmissionValidator validator = new SubmissionValidator();

    public FileIntake(SubmissionReader reader, List<FormDescriptor> otherForms) {
        this.reader = reader;
        this.otherForms = List.copyOf(otherForms);
    }

    public CheckedSubmission check(Path file, SubmissionContext context) {
        String extension = FileArchive.extensionOf(file);
        if (MACRO_EXTENSIONS.contains(extension)) {
            return validator.macroWorkbook(context);
        }
        if (!WORKBOOK_EXTENSIONS.contains(extension)) {
            return validator.notAWorkbook(extension.isEmpty() ? "（无扩展名）" : extension, context);
        }
        WorkbookReading reading;
        try {
            reading = reader.read(file, context.form(), otherForms);
        } catch (RuntimeException e) {
            log.warn("{}: could not be read as a workbook", context.relativePath(), e);
            reading = WorkbookReading.unreadable(e.toString());
        }
        return validator.validate(reading, context);
    }

    SubmissionValidator validator() {
        return validator;
    }
}

package org.huizong.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.huizong.form.FormDescriptor;
import org.huizong.form.read.FileProblem;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookReading;
import org.huizong.text.Messages;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.SubmissionContext;
import org.huizong.validation.SubmissionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of one received file, whatever it is: a macro or non-workbook name is refused by its extension, a
 * workbook is read (recognising one sent on another form of the catalog) and validated. Whatever reading one file
 * throws, errors included, becomes a finding on that file instead of failing the run: a stack overflow is F01 (nested
 * too deep), an exhausted heap F02 (too large), anything else F01 (unreadable); the log names the file.
 */
public final class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of(".xlsx", ".xls");
    private static final Set<String> MACRO_EXTENSIONS = Set.of(".xlsm", ".xltm", ".xlam");
    private static final String BINARY_WORKBOOK_EXTENSION = ".xlsb";

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
        if (extension.equals(BINARY_WORKBOOK_EXTENSION)) {
            return validator.validate(WorkbookReading.refused(FileProblem.XLSB), context);
        }
        if (!WORKBOOK_EXTENSIONS.contains(extension)) {
            return validator.notAWorkbook(
                    extension.isEmpty() ? Messages.text("submission.intake.noExtension") : extension, context);
        }
        return validator.validate(read(file, context), context);
    }

    private WorkbookReading read(Path file, SubmissionContext context) {
        try {
            return reader.read(file, context.form(), otherForms);
        } catch (StackOverflowError e) {
            log.warn("{}: not read, its formulas or structure nest too deep for the reader", context.relativePath());
            return WorkbookReading.refused(FileProblem.TOO_DEEP);
        } catch (OutOfMemoryError e) {
            log.warn("{}: not read, reading it exhausted the heap", context.relativePath());
            return WorkbookReading.refused(FileProblem.MEMORY);
        } catch (RuntimeException | Error e) {
            log.warn("{}: could not be read as a workbook", context.relativePath(), e);
            return WorkbookReading.refused(FileProblem.CORRUPT);
        }
    }

    SubmissionValidator validator() {
        return validator;
    }
}

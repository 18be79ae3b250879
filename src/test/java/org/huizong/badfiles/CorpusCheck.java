package org.huizong.badfiles;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.huizong.fixtures.FixtureWorkbooks;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.form.read.WorkbookLimits;
import org.huizong.form.read.WorkbookReading;
import org.huizong.submission.FileIntake;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.huizong.validation.AcceptedHistory;
import org.huizong.validation.CheckedSubmission;
import org.huizong.validation.Finding;
import org.huizong.validation.SubmissionContext;

/**
 * Checks one file for GIA-M 2026-10 through the ingestion's own {@link FileIntake}; the direct reading is kept (and
 * an exception the reader threw, which FileIntake would turn into F01) so a test can tell a proper reading from that
 * fallback.
 */
final class CorpusCheck {

    static final ReportPeriod PERIOD = ReportPeriod.parse("2026-10");

    private final FormDescriptor form = FormCatalog.bundled().get(FormCatalog.MONTHLY);
    private final SubmissionReader reader = new SubmissionReader(new WorkbookGridLoader(WorkbookLimits.defaults()));
    private final FileIntake intake =
            new FileIntake(reader, FormCatalog.bundled().all());
    private final UnitDirectory directory;

    /** The reading (null when the file was not read), the validated submission, and an exception the reader threw. */
    record Outcome(WorkbookReading reading, CheckedSubmission checked, RuntimeException escaped) {

        List<String> rules() {
            return checked.findings().stream().map(Finding::rule).toList();
        }
    }

    CorpusCheck() {
        try {
            directory = new UnitDirectoryCsv().read(new StringReader(FixtureWorkbooks.UNITS_CSV), "units.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FormDescriptor form() {
        return form;
    }

    Outcome check(Path file) {
        SubmissionContext context =
                new SubmissionContext(form, PERIOD, directory, "东城区/" + file.getFileName(), AcceptedHistory.none());
        try {
            return new Outcome(reader.read(file, form, FormCatalog.bundled().all()), intake.check(file, context), null);
        } catch (RuntimeException e) {
            return new Outcome(null, intake.check(file, context), e);
        }
    }
}

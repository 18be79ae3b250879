package org.huizong.assessment;

import java.io.IOException;
import java.nio.file.Path;
import org.huizong.form.FormCatalog;
import org.huizong.period.ConfigurationPart;

/** The assessment model of the configuration folder, read and checked with every run context. */
public final class AssessmentModelPart implements ConfigurationPart<AssessmentModel> {

    @Override
    public String file() {
        return AssessmentModel.FILE;
    }

    @Override
    public Class<AssessmentModel> type() {
        return AssessmentModel.class;
    }

    @Override
    public AssessmentModel read(Path configDir, FormCatalog forms) throws IOException {
        return new AssessmentModelParser(forms.get(FormCatalog.MONTHLY)).load(configDir);
    }
}

package org.huizong.validation;

import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.UnitDirectory;

/** What a submission is checked against: its form, the period it was submitted for, the directory, its history. */
public record SubmissionContext(
        FormDescriptor form,
        ReportPeriod period,
        UnitDirectory directory,
        String relativePath,
        AcceptedHistory history) {}

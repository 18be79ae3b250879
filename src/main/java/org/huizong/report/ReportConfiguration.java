package org.huizong.report;

import org.huizong.form.FormCatalog;
import org.huizong.submission.FileArchive;
import org.huizong.validation.AcceptedHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The report's beans: the exporters of a period's files, workbooks and PDFs, the feedback and the annual drafts. */
@Configuration
public class ReportConfiguration {

    @Bean
    PeriodCsvExporter periodCsvExporter(JdbcClient jdbc) {
        return new PeriodCsvExporter(jdbc);
    }

    @Bean
    ReportDefinitions reportDefinitions() {
        return ReportDefinitions.bundled(FormCatalog.bundled().all());
    }

    @Bean
    SummaryExporter summaryExporter(JdbcClient jdbc, ReportDefinitions definitions) {
        return new SummaryExporter(jdbc, definitions);
    }

    @Bean
    ReportExporter reportExporter(JdbcClient jdbc, ReportDefinitions definitions) {
        return new ReportExporter(jdbc, definitions);
    }

    @Bean
    ValidationReportExporter validationReportExporter(JdbcClient jdbc) {
        return new ValidationReportExporter(jdbc);
    }

    @Bean
    UnitTablesExporter unitTablesExporter(JdbcClient jdbc) {
        return new UnitTablesExporter(jdbc);
    }

    @Bean
    AnnualReportDrafts annualReportDrafts(JdbcClient jdbc, AcceptedHistory history) {
        return new AnnualReportDrafts(jdbc, history);
    }

    @Bean
    FeedbackExporter feedbackExporter(JdbcClient jdbc, FileArchive archive) {
        return new FeedbackExporter(jdbc, archive);
    }
}

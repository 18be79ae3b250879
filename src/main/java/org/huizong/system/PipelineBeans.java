package org.huizong.system;

import org.huizong.assessment.RankingPublisher;
import org.huizong.consolidation.AnnualRollups;
import org.huizong.consolidation.Consolidator;
import org.huizong.consolidation.FormItemStore;
import org.huizong.form.FormCatalog;
import org.huizong.report.AnnualReportDrafts;
import org.huizong.report.FeedbackExporter;
import org.huizong.report.PeriodCsvExporter;
import org.huizong.report.ReportDefinitions;
import org.huizong.report.ReportExporter;
import org.huizong.report.SummaryExporter;
import org.huizong.report.UnitTablesExporter;
import org.huizong.report.ValidationReportExporter;
import org.huizong.submission.CrossUnitFindings;
import org.huizong.submission.FileArchive;
import org.huizong.submission.HistoryFindings;
import org.huizong.submission.InboxRepository;
import org.huizong.submission.InboxScanner;
import org.huizong.submission.IngestionProgress;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.submission.JustificationCarryOver;
import org.huizong.submission.VersionAssigner;
import org.huizong.submission.VersionChanges;
import org.huizong.unit.PeriodDirectoryStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plain classes of the pipeline, wired once: repositories, stores and exporters. */
@Configuration
@EnableConfigurationProperties(HuizongProperties.class)
public class PipelineBeans {

    @Bean
    public TableStatistics tableStatistics(javax.sql.DataSource dataSource, JdbcClient jdbc) {
        return new TableStatistics(dataSource, jdbc);
    }

    @Bean
    PeriodLeaseListener periodLeaseListener(JdbcClient jdbc, HuizongProperties properties) {
        return new PeriodLeaseListener(new PeriodLease(jdbc, properties.lease().expiry(), properties.lease().maxWait()));
    }

    @Bean
    IngestionProgress ingestionProgress() {
        return new IngestionProgress();
    }

    @Bean
    FileArchive fileArchive(HuizongProperties properties) {
        return new FileArchive(properties.archiveDir());
    }

    @Bean
    InboxRepository inboxRepository(JdbcClient jdbc) {
        return new InboxRepository(jdbc);
    }

    @Bean
    InboxScanner inboxScanner(InboxRepository inbox) {
        return new InboxScanner(inbox);
    }

    @Bean
    ReceivedFileRepository receivedFileRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new ReceivedFileRepository(jdbc, batch);
    }

    @Bean
    VersionAssigner versionAssigner(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new VersionAssigner(jdbc, batch);
    }

    @Bean
    CrossUnitFindings crossUnitFindings(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new CrossUnitFindings(jdbc, batch);
    }

    @Bean
    HistoryFindings historyFindings(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ReceivedFileRepository history) {
        return new HistoryFindings(jdbc, batch, history);
    }

    @Bean
    JustificationCarryOver justificationCarryOver(JdbcClient jdbc) {
        return new JustificationCarryOver(jdbc);
    }

    @Bean
    VersionChanges versionChanges(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new VersionChanges(jdbc, batch);
    }

    @Bean
    PeriodDirectoryStore periodDirectoryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new PeriodDirectoryStore(jdbc, batch);
    }

    @Bean
    FormItemStore formItemStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new FormItemStore(jdbc, batch);
    }

    @Bean
    Consolidator consolidator(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new Consolidator(jdbc, batch);
    }

    @Bean
    AnnualRollups annualRollups(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ReceivedFileRepository history) {
        return new AnnualRollups(jdbc, batch, history);
    }

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
    AnnualReportDrafts annualReportDrafts(JdbcClient jdbc, ReceivedFileRepository history) {
        return new AnnualReportDrafts(jdbc, history);
    }

    @Bean
    RankingPublisher rankingPublisher(JdbcClient jdbc) {
        return new RankingPublisher(jdbc);
    }

    @Bean
    FeedbackExporter feedbackExporter(JdbcClient jdbc, FileArchive archive, HuizongProperties properties) {
        return new FeedbackExporter(jdbc, archive, properties.ingest().partitions());
    }
}

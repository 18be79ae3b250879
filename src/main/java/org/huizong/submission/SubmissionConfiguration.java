package org.huizong.submission;

import org.huizong.system.HuizongProperties;
import org.huizong.system.PublishedSources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The submission's beans: the inbox, the archive, the received files and their versions, and their findings. */
@Configuration
public class SubmissionConfiguration {

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
    ReceivedFileRepository receivedFileRepository(
            JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager tm) {
        TransactionTemplate ownTransaction = new TransactionTemplate(tm);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ReceivedFileRepository(jdbc, batch, ownTransaction);
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
    FindingStore findingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new FindingStore(jdbc, batch);
    }

    @Bean
    FileReturns fileReturns(JdbcClient jdbc, NamedParameterJdbcTemplate batch, FindingStore findings) {
        return new FileReturns(jdbc, batch, findings);
    }

    @Bean
    JustificationCarryOver justificationCarryOver(JdbcClient jdbc, FindingStore findings) {
        return new JustificationCarryOver(jdbc, findings);
    }

    @Bean
    VersionChanges versionChanges(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new VersionChanges(jdbc, batch);
    }

    @Bean
    PublishedSources submissionSources() {
        return new SubmissionSources();
    }
}

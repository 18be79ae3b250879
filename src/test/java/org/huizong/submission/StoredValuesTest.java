package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.huizong.validation.ValueLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A file's values go in as nonzero value rows and a shared cell layout, and come back as they went in, with every cell. */
class StoredValuesTest {

    private JdbcClient jdbc;
    private DataSourceTransactionManager transactions;
    private ValueRows rows;
    private StoredValues stored;

    @BeforeEach
    void migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:stored-values-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        rows = valueRows(dataSource);
        stored = new StoredValues(jdbc);
    }

    private ValueRows valueRows(JdbcDataSource dataSource) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ValueRows(jdbc, new JdbcTemplate(dataSource), ownTransaction);
    }

    @Test
    void valuesComeBackWithTheirCellsZerosIncluded() {
        long file = receivedFile(jdbc, "a.xlsx");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, ValueLocation> locations = new LinkedHashMap<>();
        put(values, locations, "T1.A01.V", "12", "一、主动公开", "C5");
        put(values, locations, "T1.A02.V", "0", "一、主动公开", "C6");
        put(values, locations, "T3.R01.C1", "0.00", "三、收到和处理政府信息公开申请情况", "B8");
        put(values, locations, "T3.R01.C2", "3.5", "三、收到和处理政府信息公开申请情况", "C8");
        values.put("T4.R01.C1", BigDecimal.ZERO);

        rows.save(file, values, locations);
        StoredValues.Located read = stored.located(file);

        assertThat(read.figures()).containsOnlyKeys(values.keySet());
        values.forEach(
                (item, figure) -> assertThat(read.figures().get(item)).as(item).isEqualByComparingTo(figure));
        assertThat(List.copyOf(read.figures().keySet())).as("item order").isSorted();
        locations.forEach((item, location) ->
                assertThat(read.locations().get(item)).as(item).isEqualTo(location));
        assertThat(read.locations().get("T4.R01.C1")).isEqualTo(new ValueLocation(null, null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_value WHERE file_id = :file")
                        .param("file", file)
                        .query(Long.class)
                        .single())
                .as("only the nonzero values are rows")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cell_layout")
                        .query(Long.class)
                        .single())
                .as("a cell per value")
                .isEqualTo(5);
    }

    @Test
    void filesReadFromTheSameCellsShareOneLayout() {
        long first = receivedFile(jdbc, "first.xlsx");
        long second = receivedFile(jdbc, "second.xlsx");
        long shifted = receivedFile(jdbc, "shifted.xlsx");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, ValueLocation> locations = new LinkedHashMap<>();
        put(values, locations, "T1.A01.V", "12", "表一", "C5");
        put(values, locations, "T1.A02.V", "0", "表一", "C6");

        rows.save(first, values, locations);
        values.put("T1.A01.V", BigDecimal.ZERO);
        values.put("T1.A02.V", BigDecimal.TEN);
        rows.save(second, values, locations);
        locations.put("T1.A02.V", new ValueLocation("表一", "C7"));
        rows.save(shifted, values, locations);

        assertThat(jdbc.sql("SELECT COUNT(DISTINCT layout) FROM cell_layout")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        Map<String, BigDecimal> read = stored.located(second).figures();
        assertThat(read.get("T1.A01.V")).isEqualByComparingTo("0");
        assertThat(read.get("T1.A02.V")).isEqualByComparingTo("10");
        assertThat(stored.located(shifted).locations().get("T1.A02.V")).isEqualTo(new ValueLocation("表一", "C7"));
    }

    @Test
    void filesStoredSideBySideShareTheirNewLayout() throws Exception {
        JdbcDataSource dataSource = (JdbcDataSource) transactions.getDataSource();
        List<ValueRows> partitions = List.of(valueRows(dataSource), valueRows(dataSource));
        ExecutorService threads = Executors.newFixedThreadPool(partitions.size());
        try {
            for (int round = 0; round < 20; round++) {
                Map<String, ValueLocation> locations = Map.of("T1.A01.V", new ValueLocation("表一", "C" + round));
                CyclicBarrier start = new CyclicBarrier(partitions.size());
                List<Future<?>> stores = new ArrayList<>();
                for (int p = 0; p < partitions.size(); p++) {
                    ValueRows partition = partitions.get(p);
                    long file = receivedFile(jdbc, "round-" + round + "-partition-" + p + ".xlsx");
                    stores.add(threads.submit(() -> new TransactionTemplate(transactions)
                            .executeWithoutResult(chunk -> {
                                await(start);
                                partition.save(file, Map.of("T1.A01.V", BigDecimal.ONE), locations);
                            })));
                }
                for (Future<?> store : stores) {
                    store.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cell_layout")
                        .query(Long.class)
                        .single())
                .as("a layout per round, once")
                .isEqualTo(20);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT cell_layout) FROM received_file")
                        .query(Long.class)
                        .single())
                .isEqualTo(20);
    }

    private static void await(CyclicBarrier start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sheetNamesAreCutAsTheyAreStored() {
        long file = receivedFile(jdbc, "long.xlsx");
        String longName = "很长的工作表名".repeat(20);

        rows.save(file, Map.of("T1.A01.V", BigDecimal.ZERO), Map.of("T1.A01.V", new ValueLocation(longName, "B2")));

        assertThat(stored.located(file).locations().get("T1.A01.V"))
                .isEqualTo(new ValueLocation(longName.substring(0, CellLayout.SHEET_NAME_LENGTH), "B2"));
    }

    @Test
    void aFileWithoutValuesHasNone() {
        long file = receivedFile(jdbc, "empty.xlsx");

        rows.save(file, Map.of(), Map.of());

        assertThat(stored.located(file).figures()).isEmpty();
    }

    @Test
    void manyFilesReadTogetherComeBackInTheOrderGivenEachAsReadAlone() {
        List<Long> files = new ArrayList<>();
        for (int i = 0; i < StoredValues.FILES_PER_READ * 2 + 5; i++) {
            long file = receivedFile(jdbc, "many-" + i + ".xlsx");
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, ValueLocation> locations = new LinkedHashMap<>();
            put(values, locations, "T1.A01.V", String.valueOf(i), "表一", "C5");
            put(values, locations, "T1.A02.V", i % 3 == 0 ? "0" : "1.5", "表一", "C6");
            if (i % 4 != 0) {
                rows.save(file, values, locations);
            }
            files.add(file);
        }
        Collections.reverse(files);

        List<Long> handed = new ArrayList<>();
        stored.forEachLocated(files, (file, read) -> {
            handed.add(file);
            StoredValues.Located alone = stored.located(file);
            assertThat(read.figures()).as("file %d", file).isEqualTo(alone.figures());
            assertThat(read.locations()).as("file %d", file).containsExactlyInAnyOrderEntriesOf(alone.locations());
        });

        assertThat(handed).isEqualTo(files);
    }

    private static void put(
            Map<String, BigDecimal> values,
            Map<String, ValueLocation> locations,
            String item,
            String figure,
            String sheet,
            String cell) {
        values.put(item, new BigDecimal(figure));
        locations.put(item, new ValueLocation(sheet, cell));
    }

    /** A received file of October 2026 at this path, with no values yet. */
    static long receivedFile(JdbcClient jdbc, String path) {
        jdbc.sql("""
                INSERT INTO inbox_file (period, relative_path, sha256, size_bytes, received_at)
                VALUES ('2026-10', :path, :sha, 1, CURRENT_TIMESTAMP)
                """).param("path", path).param("sha", "0".repeat(64)).update();
        long inbox = jdbc.sql("SELECT id FROM inbox_file WHERE relative_path = :path")
                .param("path", path)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO received_file (inbox_id, period, form_code, relative_path, sha256, size_bytes, received_at, status, ingested_at)
                VALUES (:inbox, '2026-10', 'GIA-M', :path, :sha, 1, CURRENT_TIMESTAMP, 'ACCEPTED', CURRENT_TIMESTAMP)
                """)
                .param("inbox", inbox)
                .param("path", path)
                .param("sha", "0".repeat(64))
                .update();
        return jdbc.sql("SELECT id FROM received_file WHERE inbox_id = :inbox")
                .param("inbox", inbox)
                .query(Long.class)
                .single();
    }
}

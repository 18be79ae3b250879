package org.huizong.bench;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The peer the benchmark measures the whole job against: FastExcel's listener API reading every cell of every sheet
 * of each file and nothing else — no validation, no database, no output. A file it cannot read (the month's corrupt
 * or foreign files) is passed over, as the job refuses it.
 */
public final class PeerReading {

    /** Reads the files; returns the number of cells seen, which keeps the work from being optimised away. */
    public long read(List<Path> files) {
        long[] cells = {0};
        for (Path file : files) {
            try {
                readOne(file, cells);
            } catch (RuntimeException unreadable) {
                // not a workbook FastExcel reads: nothing to count
            }
        }
        return cells[0];
    }

    private static void readOne(Path file, long[] cells) {
        FastExcel.read(file.toFile(), new AnalysisEventListener<Map<Integer, Object>>() {
                    @Override
                    public void invoke(Map<Integer, Object> row, AnalysisContext context) {
                        cells[0] += row.size();
                    }

                    @Override
                    public void doAfterAllAnalysed(AnalysisContext context) {}
                })
                .headRowNumber(0)
                .doReadAll();
    }
}

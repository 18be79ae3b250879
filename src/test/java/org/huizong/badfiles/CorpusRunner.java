package org.huizong.badfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the corpus into a folder (the first argument, else a new temporary folder), then reads and validates
 * each file and prints {@code name<TAB>rules} (rules comma-separated, {@code -} for none) to standard output.
 * Timings and reader exceptions go to standard error. A file that exhausts the heap prints {@code OutOfMemoryError}
 * and the runner goes on with the next one, then exits with status 3. Run with a small heap by SmallHeapCorpusTest.
 */
public final class CorpusRunner {

    private CorpusRunner() {}

    static final int OUT_OF_MEMORY = 3;

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("bad-files");
        CorpusCheck check = new CorpusCheck();
        long start = System.nanoTime();
        List<BadFile> corpus = BadFileCorpus.build(folder);
        System.err.printf("built %d files in %d ms%n", corpus.size(), (System.nanoTime() - start) / 1_000_000);
        int outOfMemory = 0;
        for (BadFile file : corpus) {
            long began = System.nanoTime();
            String result;
            String note = "";
            try {
                CorpusCheck.Outcome outcome = check.check(folder.resolve(file.name()));
                result = outcome.rules().isEmpty() ? "-" : String.join(",", outcome.rules());
                note = outcome.escaped() == null ? "" : " (reader threw " + outcome.escaped() + ")";
            } catch (OutOfMemoryError e) {
                outOfMemory++;
                result = "OutOfMemoryError";
            }
            System.out.println(file.name() + "\t" + result);
            System.out.flush();
            System.err.printf("%s: %d ms%s%n", file.name(), (System.nanoTime() - began) / 1_000_000, note);
        }
        if (outOfMemory > 0) {
            System.err.println(outOfMemory + " file(s) exhausted the heap");
            System.exit(OUT_OF_MEMORY);
        }
    }
}

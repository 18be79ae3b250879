package org.huizong.submission;

import java.time.LocalDateTime;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of ingested files (file, values, findings) and marks them done, in the chunk's transaction. */
public final class IngestionWriter implements ItemWriter<IngestedFile> {

    private final ReceivedFileRepository receivedFiles;
    private final InboxRepository inbox;
    private final IngestionProgress progress;

    public IngestionWriter(ReceivedFileRepository receivedFiles, InboxRepository inbox, IngestionProgress progress) {
        this.receivedFiles = receivedFiles;
        this.inbox = inbox;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends IngestedFile> chunk) {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now();
        for (IngestedFile file : chunk) {
            receivedFiles.save(file, now);
            inbox.markDone(file.inbox().id());
        }
        progress.timeStore(System.nanoTime() - start);
        chunk.forEach(progress::done);
    }
}

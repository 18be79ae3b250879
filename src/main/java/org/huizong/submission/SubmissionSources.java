package org.huizong.submission;

import java.util.List;
import org.huizong.system.PublishedSources;

/**
 * What the outputs are made from of the submission's: the files with their statuses (which count, and as what
 * units; a file's values never change), and for the lists their findings and 说明 and the period's own findings.
 */
final class SubmissionSources implements PublishedSources {

    @Override
    public List<String> figures() {
        return List.of("SELECT * FROM received_file WHERE period = :period");
    }

    @Override
    public List<String> findings() {
        return List.of(
                "SELECT f.* FROM finding f JOIN received_file r ON r.id = f.file_id WHERE r.period = :period",
                "SELECT j.* FROM file_justification j JOIN received_file r ON r.id = j.file_id WHERE r.period = :period",
                "SELECT * FROM period_finding WHERE period = :period");
    }
}

package org.huizong.system;

import java.util.List;

/**
 * A feature's share of what a period's published outputs are made from: queries of its own tables (with a
 * {@code :period} parameter) whose rows, when unchanged, mean publishing again would write the same outputs. Each
 * feature that owns such tables declares one bean; the jobs fingerprint the rows of all of them.
 */
public interface PublishedSources {

    /** What the figures' outputs (the summary workbook and the reports) are made from. */
    List<String> figures();

    /** What the findings' outputs are made from besides the figures'. */
    List<String> findings();
}

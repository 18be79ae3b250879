package org.huizong.period;

import java.io.IOException;
import java.nio.file.Path;
import org.huizong.form.FormCatalog;

/**
 * A file of the configuration folder that a feature above the period reads with every run context (the assessment
 * model): read when the context is, so that a broken file stops a run before it starts, and again when it changes.
 *
 * @param <T> what the file holds, as {@link RunContext#part} gives it
 */
public interface ConfigurationPart<T> {

    /** The file's name in the configuration folder. */
    String file();

    Class<T> type();

    /** Reads the file (or the feature's default when there is none); {@code forms} are the configuration's forms. */
    T read(Path configDir, FormCatalog forms) throws IOException;
}

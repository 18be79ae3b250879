package org.huizong.form.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads every sheet of a workbook file whose package was checked against the limits into {@link CellGrid}s, counting
 * its rows and cells against the limits. {@link LibraryGridReader} is the reference; the streamed readers
 * ({@link OoxmlGridReader}, {@link BiffGridReader}) give the same grids faster, or decline the file to the reference.
 */
interface GridReader {

    /**
     * @throws FastPathDeclined when a streamed reader leaves the file to the reference (which never declines)
     * @throws WorkbookTooLargeException when the workbook is beyond a limit
     * @throws UnreadableWorkbookException when the file is no workbook the reference can open
     */
    List<CellGrid> read(Path file) throws FastPathDeclined, WorkbookTooLargeException, UnreadableWorkbookException;
}

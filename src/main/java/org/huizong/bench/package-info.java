/**
 * The {@code bench} command's tooling, never used by a run: a city of any size made from the demo's, the floor and the
 * peer the monthly job is measured against, the collector-based heap peak, and the printed figures.
 * <p>
 * {@link org.huizong.bench.PeerReading} imports FastExcel although {@code form} is otherwise the only package that
 * touches the workbook libraries: the peer is FastExcel itself, measured reading every cell, so it calls the library
 * directly and not through the form reader. {@link org.huizong.bench.PhysicalFloor} needs only {@code java.util.zip}.
 */
package org.huizong.bench;

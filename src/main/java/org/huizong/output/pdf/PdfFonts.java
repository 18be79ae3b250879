package org.huizong.output.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled font (Noto Sans CJK SC), read once for the process and embedded in every PDF written with OpenPDF. */
final class PdfFonts {

    private static final String FONT = "fonts/NotoSansCJKsc-Regular.otf";

    private PdfFonts() {}

    /** Holds the font file: it is large, and loaded only when a PDF is first written. */
    private static final class Bundled {
        static final BaseFont FONT_FILE = load();

        private static BaseFont load() {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is not on the class path");
                }
                return BaseFont.createFont(
                        "NotoSansCJKsc-Regular.otf",
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        true,
                        in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Font font(float size, int style, Color color) {
        return new Font(Bundled.FONT_FILE, size, style, color);
    }
}

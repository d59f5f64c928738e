package eu.vigil.ui.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Takes the glyph substitution table (GSUB) out of a TrueType font file before the renderer sees it.
 *
 * <p>PDFBox 3.0 applies a font's GSUB rules to every word it writes, compiling a regular expression of the font's
 * substitutable glyphs for each word and feature (fontbox's {@code GsubWorkerForLatin}, up to 3.0.8 at least). With
 * Liberation Sans that took four fifths of a large export's time for no visible change: its only feature is
 * {@code ccmp} (combining marks), and the page content of Latin-1 and Latin Extended-A/B text, ligature candidates and
 * combining marks comes out byte for byte the same without it. openhtmltopdf measures line widths without GSUB
 * anyway, and PDFBox's subsetter never copies GSUB into the embedded font.
 */
public final class FontTables {

    private static final int TABLE_RECORDS = 12; // after sfntVersion, numTables, searchRange, entrySelector, rangeShift
    private static final int RECORD_SIZE = 16;   // tag, checksum, offset, length

    private FontTables() {
    }

    /**
     * What {@link PdfDocuments} does to each font file it reads; public for the benchmark's reference (infra/bench).
     *
     * @param font a TrueType (sfnt) font file; it is not changed
     * @return a copy whose table directory no longer lists GSUB (the table's bytes stay where they were, unreferenced);
     *         the same bytes if the font has no GSUB
     */
    public static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer file = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(file.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = TABLE_RECORDS + i * RECORD_SIZE;
            if ("GSUB".equals(new String(font, record, 4, StandardCharsets.US_ASCII))) {
                byte[] copy = Arrays.copyOf(font, font.length);
                int next = record + RECORD_SIZE;
                int end = TABLE_RECORDS + tables * RECORD_SIZE;
                System.arraycopy(font, next, copy, record, end - next);
                Arrays.fill(copy, end - RECORD_SIZE, end, (byte) 0);
                ByteBuffer.wrap(copy).putShort(4, (short) (tables - 1));
                return copy;
            }
        }
        return font;
    }
}

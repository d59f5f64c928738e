package eu.vigil.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Every CSV export of every service: RFC 4180 (commons-csv: fields quoted where they must be, quotes doubled, lines
 * ended by CRLF), and safe to open in a spreadsheet: a cell a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or CR before one) starts with a quote instead and shows as text (OWASP, CSV injection).
 */
public final class SpreadsheetCsv implements AutoCloseable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    /** Writes to {@code out}, which the caller keeps open and closes. */
    public SpreadsheetCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    /** One line; a null cell is written empty. */
    public void line(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(defused(cell == null ? "" : cell));
        }
        printer.println();
    }

    /** The cell as a spreadsheet shows it as text. */
    public static String defused(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}

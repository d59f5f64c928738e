package eu.vigil.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.vigil.ui.pdf.FontTables;
import eu.vigil.ui.pdf.PdfDocuments;
import eu.vigil.ui.pdf.PdfMetadata;
import org.HdrHistogram.Histogram;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The draft exports of a large incident ({@code --pdf}), in this JVM, without the stack: the notifier's report
 * template rendered to HTML, and the PDF/A-3a export (that HTML through the notifier's {@link PdfDocuments}, as the
 * export endpoint does), beside references measured just before them on the same page: the same HTML through
 * openhtmltopdf's defaults (fast mode, the same Liberation Sans files, no PDF/A, no tags, no colour profile), and the
 * same with the font files as {@link PdfDocuments} reads them (no GSUB): the export's ratio to the second is what
 * PDF/A-3a, tagging and the Thymeleaf render cost. Run the JVM with the notifier's flags to see what the notifier's
 * JIT and heap make of it.
 */
final class PdfPhase {

    private static final int WARM_UP_RENDERS = 10;
    private static final String FAMILY = "Liberation Sans";
    private static final String FONT_FOLDER = "/liberation/"; // in openpdf-fonts-extra, as PdfDocuments reads them

    private final PrintStream out;
    private final LargeIncidentReport report = new LargeIncidentReport();
    private final PdfDocuments documents = new PdfDocuments();
    private final PdfMetadata metadata;
    private final List<byte[]> fonts = List.of(font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"));
    private final List<byte[]> fontsWithoutGsub = fonts.stream().map(FontTables::withoutGlyphSubstitution).toList();

    PdfPhase(PrintStream out) {
        this.out = out;
        this.metadata = new PdfMetadata(report.title(), LargeIncidentReport.LANGUAGE, report.legalBasis(), "Vigil");
    }

    /** One round of each kind of render: the two references, HTML, PDF/A-3a. */
    record Round(Measurement reference, Measurement referenceWithoutGsub, Measurement html, Measurement pdf) {
        double pdfPerReference(Function<Measurement, Double> figure) {
            return figure.apply(pdf) / figure.apply(reference);
        }

        double pdfPerReferenceWithoutGsub(Function<Measurement, Double> figure) {
            return figure.apply(pdf) / figure.apply(referenceWithoutGsub);
        }
    }

    void run(int renders, int rounds) {
        String page = report.html();
        out.printf(Locale.ROOT, "%nVigil draft exports: an incident of %d timeline entries and %d indicators, %d KB of"
                        + " HTML; %d round(s) of %d renders each: two references (plain PDF), HTML, PDF/A-3a%n",
                LargeIncidentReport.TIMELINE_ENTRIES, LargeIncidentReport.INDICATORS, page.length() / 1024, rounds,
                renders);
        conditions();
        byte[] sample = export();
        out.printf(Locale.ROOT, "  sizes: reference %d KB, PDF/A-3a %d KB, %d pages%n",
                plainPdf(page, fonts).length / 1024, sample.length / 1024, pages(sample));
        for (int i = 0; i < WARM_UP_RENDERS; i++) {
            plainPdf(page, fonts);
            plainPdf(page, fontsWithoutGsub);
            export();
        }
        out.printf("  warm-up, not counted: %d renders of each%n", WARM_UP_RENDERS);
        var results = new ArrayList<Round>();
        for (int number = 1; number <= rounds; number++) {
            var round = new Round(measure("reference: plain PDF, library defaults", renders,
                    () -> plainPdf(page, fonts)),
                    measure("reference, fonts without GSUB", renders, () -> plainPdf(page, fontsWithoutGsub)),
                    measure("draft render (HTML)", renders, report::html),
                    measure("PDF/A-3a export (HTML + PDF)", renders, this::export));
            results.add(round);
            print(number, rounds, round);
        }
        summary(results);
    }

    /** {@code --pdf [--renders=30] [--rounds=3]}; exits 2 on any other flag. */
    static void main(String[] args) {
        int renders = 30;
        int rounds = 3;
        for (String arg : args) {
            if (arg.matches("--renders=[1-9][0-9]{0,4}")) {
                renders = Integer.parseInt(arg.substring("--renders=".length()));
            } else if (arg.matches("--rounds=[1-9][0-9]?")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else if (!arg.equals("--pdf")) {
                System.err.println("Unknown argument '" + arg + "' with --pdf. Usage:\n" + BenchSettings.USAGE);
                System.exit(2);
            }
        }
        new PdfPhase(System.out).run(renders, rounds);
    }

    /** What the export endpoint does: the page from the template, then the PDF. */
    private byte[] export() {
        return documents.render(report.html(), metadata);
    }

    private static byte[] plainPdf(String page, List<byte[]> regularAndBold) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder().useFastMode()
                    .useFont(() -> new ByteArrayInputStream(regularAndBold.get(0)), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(regularAndBold.get(1)), FAMILY, 700, FontStyle.NORMAL, true)
                    .withW3cDocument(W3CDom.convert(Jsoup.parse(page)), null)
                    .toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Measurement measure(String name, int renders, Supplier<?> render) {
        var latencies = new Histogram(3);
        long began = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            render.get();
            latencies.recordValue((System.nanoTime() - start) / 1000);
        }
        return new Measurement(name, 1, (System.nanoTime() - began) / 1e9, latencies, 0, null);
    }

    // harness rule 3; on two shared cores the load average tells whether other builds ran beside a round
    private void conditions() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        out.println("Conditions");
        out.printf(Locale.ROOT, "  %-16s %d, load average %.1f at start%n", "CPUs",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.printf("  %-16s %s %s, flags %s, max heap %d MiB, GC %s%n", "JVM", runtime.getVmName(),
                runtime.getVmVersion(), runtime.getInputArguments(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        out.printf("  %-16s openhtmltopdf %s, PDFBox %s%n", "libraries", openHtmlToPdfVersion(),
                org.apache.pdfbox.pdmodel.PDDocument.class.getPackage().getImplementationVersion());
    }

    private void print(int number, int rounds, Round round) {
        out.printf("%nRound %d of %d (load average %.1f)%n", number, rounds, loadAverage());
        for (Measurement m : List.of(round.reference(), round.referenceWithoutGsub(), round.html(), round.pdf())) {
            out.printf(Locale.ROOT, "  %-40s %3d renders   p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms%n", m.name(),
                    m.successes(), m.p50Millis(), m.p99Millis(), m.latencies().getMaxValue() / 1000.0);
        }
        out.printf(Locale.ROOT, "  PDF/A-3a export / reference: p50 %.2f, p99 %.2f; / reference without GSUB: p50 %.2f,"
                        + " p99 %.2f%n", round.pdfPerReference(Measurement::p50Millis),
                round.pdfPerReference(Measurement::p99Millis), round.pdfPerReferenceWithoutGsub(Measurement::p50Millis),
                round.pdfPerReferenceWithoutGsub(Measurement::p99Millis));
    }

    private void summary(List<Round> rounds) {
        out.printf("%nOver %d round(s): median (min–max), ms%n", rounds.size());
        line("reference p50", rounds, r -> r.reference().p50Millis());
        line("reference p99", rounds, r -> r.reference().p99Millis());
        line("reference without GSUB p50", rounds, r -> r.referenceWithoutGsub().p50Millis());
        line("reference without GSUB p99", rounds, r -> r.referenceWithoutGsub().p99Millis());
        line("draft render (HTML) p50", rounds, r -> r.html().p50Millis());
        line("draft render (HTML) p99", rounds, r -> r.html().p99Millis());
        line("PDF/A-3a export p50", rounds, r -> r.pdf().p50Millis());
        line("PDF/A-3a export p99", rounds, r -> r.pdf().p99Millis());
        line("export / reference, p50", rounds, r -> r.pdfPerReference(Measurement::p50Millis));
        line("export / reference, p99", rounds, r -> r.pdfPerReference(Measurement::p99Millis));
        line("export / ref. without GSUB, p50", rounds, r -> r.pdfPerReferenceWithoutGsub(Measurement::p50Millis));
        line("export / ref. without GSUB, p99", rounds, r -> r.pdfPerReferenceWithoutGsub(Measurement::p99Millis));
        Spread reference = Spread.of(rounds.stream().map(r -> r.reference().p50Millis()).toList());
        if (reference.unsteady()) {
            out.printf(Locale.ROOT, "  reference UNSTEADY: its p50 ranges over %.0f %% of its median (over %.0f %%,"
                    + " harness rule 2): other processes took the cores%n", 100 * reference.relativeRange(),
                    100 * Spread.UNSTEADY);
        }
        Spread pdfP99 = Spread.of(rounds.stream().map(r -> r.pdf().p99Millis()).toList());
        out.printf(Locale.ROOT, "  goal: PDF/A-3a export p99 under 1,000 ms: %s (median p99 %.0f ms)%n",
                pdfP99.median() < 1000 ? "met" : "MISSED", pdfP99.median());
    }

    private void line(String label, List<Round> rounds, Function<Round, Double> figure) {
        Spread spread = Spread.of(rounds.stream().map(figure).toList());
        out.printf(Locale.ROOT, "  %-32s %9.2f (%.2f–%.2f)%n", label, spread.median(), spread.min(), spread.max());
    }

    private static String openHtmlToPdfVersion() {
        var properties = new java.util.Properties();
        try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(
                "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfPhase.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT_FOLDER + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

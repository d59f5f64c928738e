package eu.vigil.notifier.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A benchmark, not a test (performance.md, harness rule 6): renders one large export, an incident with 500
 * timeline rows and 200 indicator rows, through {@link PdfDocuments} 50 times per round, beside a reference
 * measured just before it in the same JVM on the same page: the same renderer and embedded font writing a plain PDF
 * (no PDF/A, no tags). The ratio is what PDF/A-3a and the structure tree cost. Three rounds; median and min–max.
 *
 * <pre>
 * ./mvnw -o -q -pl notifier test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.vigil.notifier.export.PdfExportBenchmark [-Dexec.args="50 3"]
 * </pre>
 */
public final class PdfExportBenchmark {

    private static final int TIMELINE_ROWS = 500;
    private static final int INDICATOR_ROWS = 200;
    private static final int WARM_UP_RENDERS = 10;

    public static void main(String[] args) {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String page = page();
        PdfMetadata metadata = new PdfMetadata("Incident 4711 – Rapport final", "fr", "NIS2 Art. 23(4)(e)", "DPO");
        PdfDocuments documents = new PdfDocuments();
        byte[] regular = font("LiberationSans-Regular.ttf");
        byte[] bold = font("LiberationSans-Bold.ttf");

        Supplier<byte[]> reference = () -> plainPdf(page, regular, bold);
        Supplier<byte[]> export = () -> documents.render(page, metadata);
        print("conditions: %d CPUs, load average %.1f, Java %s %s, page %d KB of HTML, %d timeline rows, "
                        + "%d indicator rows", Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), page.length() / 1024,
                TIMELINE_ROWS, INDICATOR_ROWS);
        byte[] sample = export.get();
        print("PDF sizes: reference %d KB, PDF/A-3a %d KB, %d pages", reference.get().length / 1024,
                sample.length / 1024, pages(sample));
        for (int i = 0; i < WARM_UP_RENDERS; i++) {
            reference.get();
            export.get();
        }

        List<double[]> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Figures raw = measure(reference, renders);
            Figures pdfA = measure(export, renders);
            print("round %d: reference p50 %.1f ms p99 %.1f ms | PDF/A-3a p50 %.1f ms p99 %.1f ms | ratio p50 %.2f "
                            + "p99 %.2f | load average %.1f", round, raw.p50(), raw.p99(), pdfA.p50(), pdfA.p99(),
                    pdfA.p50() / raw.p50(), pdfA.p99() / raw.p99(), loadAverage());
            results.add(new double[] {raw.p50(), raw.p99(), pdfA.p50(), pdfA.p99(),
                    pdfA.p50() / raw.p50(), pdfA.p99() / raw.p99()});
        }
        String[] names = {"reference p50 ms", "reference p99 ms", "PDF/A-3a p50 ms", "PDF/A-3a p99 ms",
                "ratio p50", "ratio p99"};
        for (int i = 0; i < names.length; i++) {
            int column = i;
            double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
            print("%-17s median %8.2f  min %8.2f  max %8.2f", names[i], values[values.length / 2], values[0],
                    values[values.length - 1]);
        }
    }

    private record Figures(double p50, double p99) {}

    // other processes share the two cores: a load far above the CPU count explains a slow or spread round
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Figures measure(Supplier<byte[]> render, int renders) {
        double[] millis = new double[renders];
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            render.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Figures(percentile(millis, 0.50), percentile(millis, 0.99));
    }

    // nearest rank: with 50 samples p99 is the slowest render
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static byte[] plainPdf(String page, byte[] regular, byte[] bold) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder().useFastMode()
                    .useFont(() -> new ByteArrayInputStream(regular), PdfDocuments.FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), PdfDocuments.FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .withW3cDocument(W3CDom.convert(Jsoup.parse(page)), null)
                    .toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfExportBenchmark.class.getResourceAsStream("/liberation/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String page() {
        StringBuilder html = new StringBuilder(256 * 1024).append("""
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="UTF-8"><title>Incident</title>
                <style>
                  body { font-family: 'Liberation Sans'; font-size: 9pt }
                  table { width: 100%; border-collapse: collapse; margin-bottom: 12pt }
                  th, td { border: 0.5pt solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top }
                  th { background: #e8e8e8 }
                </style></head>
                <body>
                <h1>Incident 4711 – Rapport final</h1>
                <p>Hôpital Saint-Éloi, Übermittlung an die Aufsichtsbehörde, notificação à autoridade.</p>
                <h2>Chronologie</h2>
                <table><thead><tr><th scope="col">Instant</th><th scope="col">Auteur</th><th scope="col">Entrée</th></tr></thead><tbody>
                """);
        Instant aware = Instant.parse("2026-03-28T22:30:00Z");
        for (int i = 0; i < TIMELINE_ROWS; i++) {
            html.append("<tr><td>").append(aware.plus(Duration.ofMinutes(7L * i))).append("</td><td>Sécurité ")
                    .append(i % 7).append("</td><td>Observation n° ").append(i)
                    .append(" : accès anormal détecté sur le serveur de dossiers patients, Größe ")
                    .append(i * 13 % 997).append(" Mo, mesure de confinement appliquée.</td></tr>\n");
        }
        html.append("""
                </tbody></table>
                <h2>Indicateurs</h2>
                <table><thead><tr><th scope="col">Type</th><th scope="col">Valeur</th><th scope="col">TLP</th>\
                <th scope="col">Première observation</th></tr></thead><tbody>
                """);
        for (int i = 0; i < INDICATOR_ROWS; i++) {
            html.append("<tr><td>").append(i % 2 == 0 ? "ipv4" : "domaine").append("</td><td>")
                    .append(i % 2 == 0 ? String.format(Locale.ROOT, "192.0.2.%d", i % 256)
                            : "malveillant-" + i + ".example")
                    .append("</td><td>TLP:AMBER</td><td>").append(aware.plus(Duration.ofHours(i)))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    @SuppressWarnings("java:S106") // a benchmark prints its figures
    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}

/**
 * PDF/A-3a exports (openhtmltopdf on PDFBox), shared by the services that render them: an HTML page, such as an
 * approved report draft, the GDPR breach register or a drill's report rendered by Thymeleaf, becomes a tagged PDF with
 * embedded fonts and its language and title set. The renderer's libraries are optional dependencies of the kit: a
 * service that exports PDFs declares them.
 */
package eu.vigil.ui.pdf;

/**
 * PDF/A-3a exports (openhtmltopdf on PDFBox): an HTML page, such as an approved report draft or the GDPR breach
 * register rendered by Thymeleaf, becomes a tagged PDF with embedded fonts and its language and title set.
 */
package eu.vigil.notifier.export;

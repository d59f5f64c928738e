package eu.vigil.command.incident.web;

import org.springframework.ui.Model;

/** The one page of every assessment, and of the awareness correction: {@code incident/assessment}. */
public final class AssessmentPage {

    private AssessmentPage() {
    }

    /** The page with the fields of {@code incident/assessment-fields :: <path>}. */
    public static String show(String path, String titleKey, Model model) {
        model.addAttribute("path", path);
        model.addAttribute("titleKey", titleKey);
        return "incident/assessment";
    }
}

package eu.vigil.command.drill.web;

import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Pattern;

/** The drill page's deletion form: the box that confirms it, ticked ({@code yes}) or left empty (absent). */
record DeleteDrillForm(@ShortText(max = 3) @Pattern(regexp = "yes") String confirm) {

    static final DeleteDrillForm UNTICKED = new DeleteDrillForm(null);
}

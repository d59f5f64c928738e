package eu.vigil.contracts.incident;

import eu.vigil.contracts.Tlp;

/** An indicator as it leaves the hospital: its normalised value and its own TLP label, never TLP:RED. */
public record SharedIndicator(IndicatorType type, String value, Tlp tlp) {
}

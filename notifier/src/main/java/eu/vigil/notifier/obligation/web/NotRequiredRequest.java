package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;

/** @param reason why the obligation does not apply, such as GDPR Art. 33(1)'s "unlikely to result in a risk" */
record NotRequiredRequest(@Prose(max = 4000) String reason) {
}

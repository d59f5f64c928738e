package eu.vigil.command;

import eu.vigil.testsupport.BundleChecks;

/** Every page text exists in English and every translation, with the same placeholders (test-support's checks). */
class MessagesTest extends BundleChecks {
}

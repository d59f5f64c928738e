package eu.vigil.notifier.calendar;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), never inside a character. ical4j folds at 75
 * characters, which a line with accents (French, Portuguese, German) exceeds in octets.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** @param unfolded content lines each ended by CRLF, none folded */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Octets(codePoint);
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n "); // the continuation's leading space counts as its first octet
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}

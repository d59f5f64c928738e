package eu.vigil.web;

/**
 * Which characters stored text may hold. Prose (a description, a reason) keeps tab and line breaks; a short field
 * (a summary, a name, an indicator value) is one line without bidirectional controls, which could make it display
 * as another text. Neither may hold NUL or other control characters (PostgreSQL refuses NUL in text, and none has
 * a meaning in a record), an unpaired surrogate or a noncharacter.
 */
public final class TextRules {

    /** Why a text was refused, as a message key below {@code vigil.text.} with the offending position. */
    public record Violation(String key, int index, int codePoint) {
    }

    private TextRules() {
    }

    public static Violation checkProse(String text) {
        return check(text, false);
    }

    public static Violation checkLine(String text) {
        return check(text, true);
    }

    private static Violation check(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate((char) c)) {
                return new Violation("unpaired-surrogate", i, c);
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (isControl(c) && (singleLine || !lineBreak)) {
                return new Violation("control", i, c);
            }
            if (singleLine && (c == 0x2028 || c == 0x2029)) {
                return new Violation("control", i, c);
            }
            if (singleLine && isBidiControl(c)) {
                return new Violation("bidi", i, c);
            }
            if (isNonCharacter(c)) {
                return new Violation("noncharacter", i, c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** C0 and C1 control characters, NUL and DEL included. */
    public static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** The marks and embeddings that reorder text around them (Unicode bidi controls). */
    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isNonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}

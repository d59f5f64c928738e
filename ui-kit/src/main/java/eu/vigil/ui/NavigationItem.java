package eu.vigil.ui;

/**
 * A link in the page header.
 *
 * @param href    a path on the gateway, which serves every service under one address
 * @param label   the message key of its text
 * @param current whether it is the page being shown (rendered as {@code aria-current="page"})
 */
public record NavigationItem(String href, String label, boolean current) {
}

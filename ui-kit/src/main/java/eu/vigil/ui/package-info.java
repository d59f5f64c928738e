/** One look for every service: the page layout, navigation by role, viewer times, styles, scripts and error pages. */
package eu.vigil.ui;

/** The drills as their pages read them: a table kept from the drill's events, and what a drill has released so far. */
package eu.vigil.command.drill.view;

/**
 * Drill scenarios as data: timelines of injects, each with what the participants are expected to do and by when,
 * in the seven languages of Vigil's hospitals, read strictly at start from {@code drill/scenarios/*.json}.
 */
package eu.vigil.command.drill.scenario;

/**
 * How a consumer folds an aggregate's events (an incident's, an obligation's) into the one state it derives its own
 * rows from, exactly once and in order.
 */
package eu.vigil.consumer.fold;

/** How a consumer folds an obligation's events into the one {@code ObligationState} it derives its own rows from. */
package eu.vigil.consumer.obligation;

/** How every service consumes Vigil's topics: failed records are retried, unreadable ones parked, none skipped. */
package eu.vigil.consumer;

/**
 * Pages that follow the read model live: the projections announce each committed change with PostgreSQL's NOTIFY,
 * every instance listens, and each open page hears over Server-Sent Events of its own hospital's incidents.
 */
package eu.vigil.query.live;

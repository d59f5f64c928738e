/**
 * The CERT's trends and sector metrics: shares per ISO week (UTC) and the hospitals' timeliness towards their
 * authorities, aggregated over all hospitals, every figure drawn from fewer than three hospitals withheld.
 */
package eu.vigil.query.trends;

/** The authorities a hospital reports to, per country, as data with a source per fact, and each hospital's DPO confirmations. */
package eu.vigil.notifier.authority;

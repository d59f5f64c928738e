/**
 * The GDPR Art. 33(5) breach register: every personal data breach of a hospital with its facts, effects, remedial
 * action and whether the supervisory authority and the data subjects were told, for the hospital's DPO only.
 */
package eu.vigil.notifier.register;

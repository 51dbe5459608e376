/**
 * What a mention means: whether it reports a tracked brand or product missing now (the intent, read from per-language
 * lexicons by a grammar of predicates and their arguments), which product, where (gazetteer, device location, the
 * author's profile) and at which registry outlet (indexes that stay fast at a million outlets). Pure and thread-safe:
 * no I/O after construction.
 */
package org.restockradar.stream.understanding;

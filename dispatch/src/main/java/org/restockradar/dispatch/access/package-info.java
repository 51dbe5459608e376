/**
 * Who calls the API: the bearer tokens ({@link org.restockradar.dispatch.access.TokenStore}, kept as SHA-256 only), the
 * {@link org.restockradar.dispatch.access.Actor} a token names and its {@link org.restockradar.dispatch.access.Role}, and
 * the authenticate hook that guards every authenticated route set ({@link org.restockradar.dispatch.access.Authentication}).
 */
package org.restockradar.dispatch.access;

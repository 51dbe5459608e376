/**
 * Who calls the API: the bearer tokens ({@link org.restockradar.access.TokenStore}, kept as SHA-256 only), the
 * {@link org.restockradar.access.Actor} a token names and its {@link org.restockradar.access.Role}, and
 * the authenticate hook that guards every authenticated route set ({@link org.restockradar.access.Authentication}).
 */
package org.restockradar.access;

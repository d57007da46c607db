/**
 * Identity: accounts, roles, community and center scopes, form and bearer-token login,
 * lockout, and the audit log of staff changes. Other modules ask {@link org.lifecircle.identity.CurrentActor}
 * who is acting (or take an {@link org.lifecircle.identity.Actor} controller parameter), write to
 * {@link org.lifecircle.identity.AuditLog}, create accounts through {@link org.lifecircle.identity.AccountService},
 * and may implement {@link org.lifecircle.identity.ScopeDirectory} so the account pages can name scopes.
 * Sub-packages ({@code internal}, {@code security}, {@code admin}) are not API.
 */
package org.lifecircle.identity;

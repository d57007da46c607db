/**
 * Identity: accounts, roles, community and center scopes, form and bearer-token login,
 * lockout, and the audit log of staff changes. Other modules ask {@link org.lifecircle.identity.CurrentActor}
 * who is acting and write to {@link org.lifecircle.identity.AuditLog}.
 */
package org.lifecircle.identity;

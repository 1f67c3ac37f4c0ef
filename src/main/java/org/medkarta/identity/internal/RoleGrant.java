package org.medkarta.identity.internal;

import org.medkarta.identity.Role;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One role an account holds.
 *
 * @param role the role
 */
@Table("account_roles")
record RoleGrant(Role role) {
}

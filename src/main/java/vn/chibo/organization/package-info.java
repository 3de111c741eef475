/**
 * Tổ chức đảng và đảng viên: the party organisation tree (province → commune/ward committee →
 * grassroots organisation → branch), members with their status history, roles with terms, search,
 * import and the synchronisation of people and roles into Camunda users and groups. Other modules
 * use {@link vn.chibo.organization.OrganizationService} and {@link
 * vn.chibo.organization.OrganizationAccess}.
 */
package vn.chibo.organization;

/**
 * Đăng nhập và phân quyền: one login for the app's pages, the Camunda webapps and {@code
 * /engine-rest}; Camunda users and their passwords are the single credential store; Camunda
 * authorization grants; the hardening the engine needs (admin group guard, setup endpoint, query
 * expressions, deployment rights, serialised variables, cookies and headers) and the production
 * start-up guard.
 */
package vn.chibo.security;

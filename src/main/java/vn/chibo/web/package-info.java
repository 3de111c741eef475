/**
 * Giao diện chung: the login page, the layout and error pages shared by all modules. The start page
 * belongs to {@code vn.chibo.reporting}.
 */
package vn.chibo.web;

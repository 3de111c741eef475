/**
 * Giao diện chung: the login page, the start page, the layout and error pages shared by all
 * modules.
 */
package vn.chibo.web;

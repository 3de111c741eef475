/*
 * Cockpit settings. Served in place of the webjar's scripts/config.js (same path, and the
 * application's classes come before the webjar on the class path).
 *
 * Vietnamese is the only locale: Cockpit picks the browser's language only among the available
 * locales and otherwise takes the fallback, so a browser set to English gets Vietnamese too. The
 * labels are in ../locales/vi.json; WebappTranslationTest keeps them complete. Cockpit's date
 * formats are fixed in the webjar; its month and day names come from vi.json.
 */
export default {
  app: {
    vendor: 'Chi bộ số –',
    name: 'Giám sát'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // AngularJS's locale, the header's application names and the page's language (../../vietnamese.js)
  requireJsConfig: {
    deps: ['chibo-vietnamese'],
    ngDeps: ['chibo.vietnamese'],
    paths: {
      'chibo-vietnamese': '../vietnamese'
    }
  },
  // the first-login notice points to Camunda's own English welcome page
  disableWelcomeMessage: true
};

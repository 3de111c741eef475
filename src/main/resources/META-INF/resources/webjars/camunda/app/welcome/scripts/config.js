/*
 * Settings of the Welcome page (Trang chào: profile, password, links). Served in place of the
 * webjar's scripts/config.js (same path, and the application's classes come before the webjar on
 * the class path).
 *
 * Vietnamese is the only locale: the page picks the browser's language only among the available
 * locales and otherwise takes the fallback, so a browser set to English gets Vietnamese too. The
 * labels are in ../locales/vi.json; WebappTranslationTest keeps them complete.
 */
export default {
  app: {
    vendor: 'Chi bộ số –',
    name: 'Trang chào'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // the application's own pages instead of the English Camunda documentation
  links: [
    {
      label: 'Trang chủ',
      href: '/',
      description: 'Trang chủ Chi bộ số'
    },
    {
      label: 'Sinh hoạt chi bộ',
      href: '/meetings',
      description: 'Các buổi sinh hoạt của chi bộ trong tháng'
    },
    {
      label: 'Thông báo',
      href: '/notifications',
      description: 'Thông báo gửi đến bạn'
    }
  ],
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

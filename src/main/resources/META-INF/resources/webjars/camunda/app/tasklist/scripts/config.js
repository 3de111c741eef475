/*
 * Tasklist settings. Served in place of the webjar's scripts/config.js (same path, and the
 * application's classes come before the webjar on the class path).
 *
 * Vietnamese is the only locale: the Tasklist picks the browser's language only among the
 * available locales and otherwise takes the fallback, so a browser set to English gets Vietnamese
 * too. The labels are in ../locales/vi.json; WebappTranslationTest keeps them complete.
 */
export default {
  app: {
    vendor: 'Chi bộ số –',
    name: 'Công việc'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // moment.js patterns: day/month/year and 24-hour time, as dates are written in Vietnam
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
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
  disableWelcomeMessage: true,

  // the webjar's shortcuts, described in Vietnamese (the Tasklist's "Phím tắt" dialog)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};

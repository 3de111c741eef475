/*
 * Vietnamese for what the Camunda webapps take from elsewhere than their locale files. Each
 * webapp's scripts/config.js loads this file (requireJsConfig) and adds the AngularJS module
 * "chibo.vietnamese" to the webapp:
 *
 * - AngularJS's own locale, which the webapps ship in English only: month and day names of the
 *   date pickers, Monday as the first day of the week, day/month/year dates and 24-hour times,
 *   and the date pickers' own words;
 * - the names in the header's application menu, which the header writes in English itself;
 * - the page's language, which index.html declares as English (browsers then offer to translate
 *   the page, and screen readers read it with English rules);
 * - the labels being there before a view is set up.
 */
define([], function () {
  'use strict';

  var angular = window.angular;

  var APP_NAMES = {
    welcome: 'Trang chào',
    tasklist: 'Công việc',
    cockpit: 'Giám sát',
    admin: 'Quản trị'
  };

  var MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  var DATETIME_FORMATS = {
    AMPMS: ['SA', 'CH'],
    DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    MONTH: MONTHS.map(function (m) { return 'tháng ' + m; }),
    SHORTMONTH: MONTHS.map(function (m) { return 'thg ' + m; }),
    STANDALONEMONTH: MONTHS.map(function (m) { return 'Tháng ' + m; }),
    ERANAMES: ['Trước Công nguyên', 'Công nguyên'],
    ERAS: ['TCN', 'CN'],
    // AngularJS counts the days of the week from Monday = 0
    FIRSTDAYOFWEEK: 0,
    WEEKENDRANGE: [5, 6],
    fullDate: "EEEE, 'ngày' dd/MM/y",
    longDate: "'ngày' dd/MM/y",
    medium: 'dd/MM/y HH:mm:ss',
    mediumDate: 'dd/MM/y',
    mediumTime: 'HH:mm:ss',
    short: 'dd/MM/y HH:mm',
    shortDate: 'dd/MM/y',
    shortTime: 'HH:mm'
  };

  var FORM_ERRORS = [
    [/^Field is required\.$/, function () { return 'Chưa nhập thông tin bắt buộc.'; }],
    [/^Field must have minimum length of (.+)\.$/, function (m) { return 'Cần ít nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have maximum length of (.+)\.$/, function (m) { return 'Nhiều nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Giá trị nhỏ nhất là ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Giá trị lớn nhất là ' + m[1] + '.'; }],
    [/^Field must match pattern (.+)\.$/, function () { return 'Giá trị không đúng định dạng.'; }],
    [/^Field must be a valid email\.$/, function () { return 'Địa chỉ thư điện tử không hợp lệ.'; }],
    [/^Field must be a valid\s+international phone number\..*$/, function () { return 'Số điện thoại không hợp lệ.'; }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      function (m) { return 'Hãy chọn một giá trị hợp lệ, gần nhất là ' + m[1] + ' và ' + m[2] + '.'; }]
  ];

  function translateFormError(item) {
    var text = (item.textContent || '').trim();
    for (var i = 0; i < FORM_ERRORS.length; i++) {
      var m = FORM_ERRORS[i][0].exec(text);
      if (m) {
        item.textContent = FORM_ERRORS[i][1](m);
        return;
      }
    }
  }

  function translateFormErrors() {
    if (typeof MutationObserver === 'undefined' || !document.body) {
      return;
    }
    new MutationObserver(function () {
      var items = document.querySelectorAll('.fjs-form-field-error li');
      for (var i = 0; i < items.length; i++) {
        translateFormError(items[i]);
      }
    }).observe(document.body, {childList: true, subtree: true});
  }

  document.documentElement.lang = 'vi';

  function decorateHeader(directives) {
    var header = directives[0];
    var controller = header.controller;
    header.controller = [
      '$scope',
      '$injector',
      function ($scope, $injector) {
        $injector.invoke(controller, this, {$scope: $scope});
        $scope.$watch('apps', function (apps) {
          angular.forEach(apps, function (app, name) {
            if (APP_NAMES[name]) {
              app.label = APP_NAMES[name];
            }
          });
        });
      }
    ];
    return directives;
  }

  return angular.module('chibo.vietnamese', []).config([
    '$provide',
    '$injector',
    function ($provide, $injector) {
      $provide.decorator('$locale', [
        '$delegate',
        function ($locale) {
          angular.extend($locale.DATETIME_FORMATS, DATETIME_FORMATS);
          $locale.id = 'vi';
          return $locale;
        }
      ]);
      // each only where the webapp has it: a missing one would stop the webapp from starting
      if ($injector.has('camWidgetHeaderDirectiveProvider')) {
        $provide.decorator('camWidgetHeaderDirective', ['$delegate', decorateHeader]);
      }
      if ($injector.has('uibDatepickerConfig')) {
        var datepicker = $injector.get('uibDatepickerConfig');
        datepicker.formatDayTitle = "LLLL 'năm' y";
        datepicker.formatMonthTitle = "'Năm' y";
      }
      if ($injector.has('uibDatepickerPopupConfig')) {
        var popup = $injector.get('uibDatepickerPopupConfig');
        popup.currentText = 'Hôm nay';
        popup.clearText = 'Xóa';
        popup.closeText = 'Xong';
      }
    }
  ]).run([
    '$injector',
    '$templateCache',
    function ($injector, $templateCache) {
      // Parts of the views read their labels once, when they are set up ($translate.instant): a
      // view set up before vi.json has arrived would show the keys (CREATION_DATE) instead.
      if ($injector.has('$route')) {
        angular.forEach($injector.get('$route').routes, function (route) {
          route.resolve = angular.extend({}, route.resolve, {
            chiboLabels: [
              '$q',
              '$timeout',
              '$translate',
              function ($q, $timeout, $translate) {
                // never hold a view back for long, labels or not
                return $q.race([$translate.onReady(), $timeout(angular.noop, 10000)]);
              }
            ]
          });
        });
      }

      // Camunda Forms (form-js) write their validation messages in English inside the library;
      // the locale files cannot reach them, so they are put into Vietnamese as they appear.
      translateFormErrors();

      // the date pickers' buttons to the previous and next month or year, for screen readers
      ['day', 'month', 'year'].forEach(function (mode) {
        var id = 'uib/template/datepicker/' + mode + '.html';
        var template = $templateCache.get(id);
        if (template) {
          $templateCache.put(
            id,
            template
              .replace('sr-only">previous<', 'sr-only">trước<')
              .replace('sr-only">next<', 'sr-only">sau<')
          );
        }
      });
    }
  ]);
});

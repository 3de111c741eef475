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
 * - the labels being there before a view is set up;
 * - Vietnamese time (UTC+07:00) for every date the webapps show or send, whatever time zone the
 *   browser runs in, and the footer saying so;
 * - the Tasklist filter dialog's criteria, which the Tasklist names in English in its code;
 * - due and follow-up dates that can be saved at all (see sendableTaskUpdates).
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

  /** Vietnam keeps UTC+07:00 all year round: no summer time, so one fixed offset is exact. */
  var VIETNAM_OFFSET_MINUTES = 7 * 60;
  var VIETNAM_ZONE = 'giờ Việt Nam (UTC+07:00)';

  /**
   * moment.js reads the engine's dates, formats them for the screen and writes the typed ones back,
   * all in the browser's time zone. Every moment that is not explicitly UTC or at a fixed offset is
   * put at +07:00 as it is made: an instant (the engine's "2026-12-03T01:00:00.000+0000", a Date,
   * now) stays the same instant, a wall-clock time without an offset (the date pickers'
   * "2026-12-03T08:00:00", a typed date) is read as Vietnamese time. moment calls updateOffset
   * for each moment it makes and changes, the hook moment-timezone uses.
   */
  function useVietnamTime(moment) {
    if (!moment || !moment.fn || moment.chiboVietnamTime) {
      return;
    }
    moment.chiboVietnamTime = true;
    // the parsed fields (_a), so the hook can tell a wall-clock time from an instant
    if (moment.momentProperties.indexOf('_a') < 0) {
      moment.momentProperties.push('_a');
    }
    moment.updateOffset = function (m, keepTime) {
      if (m._isUTC || !m.isValid()) {
        return;
      }
      var wallClock = m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x';
      if (wallClock) {
        // the fields as typed, read again without the browser's zone (whose summer-time gaps
        // would move some hours), then given the Vietnamese offset keeping those fields
        m._d = moment.utc(m._a)._d;
        m.utc();
        m.utcOffset(VIETNAM_OFFSET_MINUTES, true);
      } else {
        m.utcOffset(VIETNAM_OFFSET_MINUTES, keepTime);
      }
    };
    // "local" time is Vietnamese time
    moment.fn.local = function (keepLocalTime) {
      return this.utcOffset(VIETNAM_OFFSET_MINUTES, keepLocalTime);
    };
  }

  /** An instant as the engine writes it: a number, or a text ending in Z or an offset. */
  function isInstant(value) {
    return (
      typeof value === 'number' ||
      (typeof value === 'string' && /T\d\d:\d\d.*(Z|[+-]\d\d:?\d\d)$/.test(value))
    );
  }

  function twoDigits(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /**
   * A date picker's Date as the wall-clock text it stands for: the pickers work on a Date's fields
   * (getHours() …), which are the Vietnamese time picked, not an instant in the browser's zone.
   */
  function pickedFields(date) {
    return (
      date.getFullYear() +
      '-' +
      twoDigits(date.getMonth() + 1) +
      '-' +
      twoDigits(date.getDate()) +
      'T' +
      twoDigits(date.getHours()) +
      ':' +
      twoDigits(date.getMinutes()) +
      ':' +
      twoDigits(date.getSeconds())
    );
  }

  /**
   * Now, as a Date whose fields (getHours() …) are the Vietnamese time: what the date pickers,
   * which work on the browser's Date fields, start from.
   */
  function vietnamNow() {
    var v = new Date(Date.now() + VIETNAM_OFFSET_MINUTES * 60000);
    return new Date(
      v.getUTCFullYear(),
      v.getUTCMonth(),
      v.getUTCDate(),
      v.getUTCHours(),
      v.getUTCMinutes()
    );
  }

  /**
   * The Tasklist's filter criteria, named in its code and passed through the translation filter
   * with those names as keys; they are not keys of en.json, so vi.json cannot hold them.
   */
  var CRITERIA = {
    'Process Instance': 'Phiên quy trình',
    'Process definition': 'Định nghĩa quy trình',
    'Case Instance': 'Hồ sơ tình huống',
    'Case definition': 'Định nghĩa hồ sơ tình huống',
    Other: 'Khác',
    'User / Group': 'Người dùng / nhóm',
    Task: 'Công việc',
    Dates: 'Ngày giờ',
    ID: 'ID',
    'Business Key': 'Khóa nghiệp vụ',
    'Business Key Like': 'Khóa nghiệp vụ giống',
    Key: 'Khóa',
    'Key In': 'Khóa thuộc danh sách',
    Name: 'Tên',
    'Name Like': 'Tên giống',
    Active: 'Đang hoạt động',
    'Activity Instance ID In': 'ID phiên hoạt động thuộc danh sách',
    'Execution ID': 'ID luồng thực thi',
    Assignee: 'Người thực hiện',
    'Assignee in': 'Người thực hiện thuộc danh sách',
    'Assignee Like': 'Người thực hiện giống',
    Owner: 'Người sở hữu',
    'Candidate Group': 'Nhóm được giao',
    'Candidate Groups': 'Các nhóm được giao',
    'Candidate User': 'Người được giao',
    'Involved User': 'Người liên quan',
    Assigned: 'Đã có người thực hiện',
    Unassigned: 'Chưa có người thực hiện',
    'Delegation State': 'Trạng thái chuyển giao',
    'Definition Key': 'Khóa định nghĩa',
    'Definition Key In': 'Khóa định nghĩa thuộc danh sách',
    'Definition Key Like': 'Khóa định nghĩa giống',
    Description: 'Mô tả',
    'Description Like': 'Mô tả giống',
    Priority: 'Mức ưu tiên',
    'Priority Max': 'Mức ưu tiên tối đa',
    'Priority Min': 'Mức ưu tiên tối thiểu',
    'Tenant ID In': 'ID đơn vị sở hữu thuộc danh sách',
    'Without Tenant ID': 'Không có đơn vị sở hữu',
    'Without Due Date': 'Không có hạn xử lý',
    'Created Before': 'Tạo trước',
    'Created After': 'Tạo sau',
    'Due Before': 'Hạn trước',
    'Due After': 'Hạn sau',
    'Follow Up After': 'Theo dõi sau',
    'Follow Up Before': 'Theo dõi trước',
    'Follow Up Before or Not Existent': 'Theo dõi trước hoặc không có ngày theo dõi'
  };

  /** The criteria's hints, with their examples (expressions, which stay as they are). */
  var CRITERIA_HINTS = [
    [/^E\.g\.: (.*) or (`[^`]*`)$/, function (m) { return 'Ví dụ: ' + m[1] + ' hoặc ' + m[2]; }],
    [/^E\.g\.: (.*)$/, function (m) { return 'Ví dụ: ' + m[1]; }],
    [/^List of values seperated by comma\. E\.g\.: (.*)$/,
      function (m) { return 'Các giá trị cách nhau bằng dấu phẩy. Ví dụ: ' + m[1]; }],
    [/^List of values separated by comma or an expression which evaluates to a list\. E\.g\.: (.*)$/,
      function (m) { return 'Các giá trị cách nhau bằng dấu phẩy, hoặc một biểu thức cho ra danh sách. Ví dụ: ' + m[1]; }]
  ];

  function translateHint(text) {
    for (var i = 0; i < CRITERIA_HINTS.length; i++) {
      var m = CRITERIA_HINTS[i][0].exec(text);
      if (m) {
        return CRITERIA_HINTS[i][1](m);
      }
    }
    return text;
  }

  /**
   * The names in place (the criteria are one list, shared by every filter dialog); the hints as
   * the dialog hands them out (it copies them away from the list when the Tasklist loads).
   */
  function translateCriteria(scope) {
    angular.forEach(scope.criteria, function (group) {
      group.group = CRITERIA[group.group] || group.group;
      angular.forEach(group.options, function (option) {
        option.label = CRITERIA[option.label] || option.label;
      });
    });
    var hint = scope.getCriteriaHelp;
    if (angular.isFunction(hint)) {
      scope.getCriteriaHelp = function () {
        var text = hint.apply(this, arguments);
        return angular.isString(text) ? translateHint(text) : text;
      };
    }
  }

  /** Runs {@code after(scope)} once a directive's own link function has set its scope up. */
  function afterLink(directives, after) {
    var directive = directives[0];
    var compile = directive.compile;
    directive.compile = function () {
      var link = compile.apply(this, arguments);
      var post = angular.isFunction(link) ? link : link && link.post;
      var linked = function (scope) {
        if (post) {
          post.apply(this, arguments);
        }
        after(scope);
      };
      return angular.isFunction(link) || !link ? linked : angular.extend({}, link, {post: linked});
    };
    return directives;
  }

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

  /**
   * The Tasklist saves a due or follow-up date by sending the whole task back (PUT task/{id}), with
   * the camundaFormRef it was given; engine-rest 7.24 cannot read that field back in and refuses the
   * request, so no task with a Camunda Form could get a date. The engine never takes the form
   * reference from a client (it comes from the process model), so it is sent empty.
   */
  function sendableTaskUpdates(HttpClient) {
    var put = HttpClient.prototype.put;
    HttpClient.prototype.put = function (path, options) {
      if (/(^|\/)task\/[^/]+$/.test(path) && options && options.data && options.data.camundaFormRef) {
        options = angular.extend({}, options, {
          data: angular.extend({}, options.data, {camundaFormRef: null})
        });
      }
      return put.call(this, path, options);
    };
    return HttpClient;
  }

  /** The footer names the time zone dates are shown in (the browser's, by the webjar) and Camunda. */
  function decorateFooter(directives) {
    var footer = directives[0];
    if (angular.isString(footer.template)) {
      footer.template = footer.template
        .replace('{{timezoneName}}', VIETNAM_ZONE)
        .replace('>Camunda Platform</a>', '>Camunda</a>');
    }
    return directives;
  }

  /**
   * An empty date field's picker starts at now: the Vietnamese now, as the value it writes back is
   * read as Vietnamese time.
   */
  function startDatePickersAtVietnameseNow(directives) {
    return afterLink(directives, function (scope) {
      var startEditing = scope.startEditing;
      if (!angular.isFunction(startEditing)) {
        return;
      }
      scope.startEditing = function () {
        var wasEditing = scope.editing;
        var result = startEditing.apply(this, arguments);
        if (
          !wasEditing &&
          !scope.varValue &&
          ['datetime', 'date', 'time'].indexOf(scope.varType) > -1
        ) {
          scope.formData.dateValue = vietnamNow();
        }
        return result;
      };
    });
  }

  // Cockpit lends moment to its plugins as window.moment; the Tasklist has it as an AngularJS
  // constant (see the run block). Set as early as possible, before any date has been read.
  useVietnamTime(window.moment);

  return angular.module('chibo.vietnamese', []).config([
    '$provide',
    '$injector',
    function ($provide, $injector) {
      // AngularJS's date filter writes the engine's instants in the browser's zone. Dates the
      // date pickers made from typed fields (Date objects) keep those fields.
      $provide.decorator('dateFilter', [
        '$delegate',
        function (date) {
          var vietnamese = function (value, format, timezone) {
            return date(value, format, timezone || (isInstant(value) ? '+0700' : undefined));
          };
          vietnamese.$stateful = date.$stateful;
          return vietnamese;
        }
      ]);
      // The webapps hand their date filter the engine's texts, and Dates only from the date
      // pickers: the time being picked, shown as its fields say.
      if ($injector.has('camDateFilterProvider')) {
        $provide.decorator('camDateFilter', [
          '$delegate',
          function (camDate) {
            var picked = function (value, format) {
              return camDate(angular.isDate(value) ? pickedFields(value) : value, format);
            };
            picked.$stateful = camDate.$stateful;
            return picked;
          }
        ]);
      }
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
      if ($injector.has('camAPIHttpClientProvider')) {
        $provide.decorator('camAPIHttpClient', ['$delegate', sendableTaskUpdates]);
      }
      if ($injector.has('camWidgetFooterDirectiveProvider')) {
        $provide.decorator('camWidgetFooterDirective', ['$delegate', decorateFooter]);
      }
      if ($injector.has('camWidgetInlineFieldDirectiveProvider')) {
        $provide.decorator('camWidgetInlineFieldDirective', [
          '$delegate',
          startDatePickersAtVietnameseNow
        ]);
      }
      if ($injector.has('camTasklistFilterModalFormCriteriaDirectiveProvider')) {
        $provide.decorator('camTasklistFilterModalFormCriteriaDirective', [
          '$delegate',
          function (directives) {
            return afterLink(directives, translateCriteria);
          }
        ]);
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
      if ($injector.has('moment')) {
        useVietnamTime($injector.get('moment'));
      }

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

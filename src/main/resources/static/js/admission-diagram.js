// A process diagram is larger than the screen: open it scrolled to the case's current step.
document.querySelectorAll('.diagram[data-focus-x]').forEach(function (el) {
  var x = parseInt(el.getAttribute('data-focus-x'), 10);
  var y = parseInt(el.getAttribute('data-focus-y'), 10);
  if (!isNaN(x)) {
    el.scrollLeft = Math.max(0, x - el.clientWidth / 2);
  }
  if (!isNaN(y)) {
    el.scrollTop = Math.max(0, y - el.clientHeight / 2);
  }
});

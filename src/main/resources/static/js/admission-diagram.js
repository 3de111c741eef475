// A process diagram is wider than the screen: open it scrolled to the case's current step.
document.querySelectorAll('.diagram[data-focus-x]').forEach(function (el) {
  var x = parseInt(el.getAttribute('data-focus-x'), 10);
  if (!isNaN(x)) {
    el.scrollLeft = Math.max(0, x - el.clientWidth / 2);
  }
});

// Records script errors and the page's width into the page itself, so a headless check (and a reader) can see them.
(function () {
  var root = document.documentElement;
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); root.setAttribute('data-js-errors', errors.join(' | ')); });
  window.addEventListener('load', function () {
    root.setAttribute('data-js-errors', errors.join(' | '));
    root.setAttribute('data-scroll-width', String(root.scrollWidth));
    root.setAttribute('data-client-width', String(root.clientWidth));
    root.setAttribute('data-scroll-height', String(root.scrollHeight));
    root.setAttribute('data-ready', 'yes');
  });
})();

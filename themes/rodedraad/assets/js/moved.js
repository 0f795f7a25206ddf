// A moved page's old address may end in an anchor, such as a link to a
// question that someone saved; the refresh alone would drop it.
(function () {
  var to = document.querySelector('link[rel="canonical"]');
  if (location.hash && to) {
    location.replace(to.href + location.hash);
  }
})();

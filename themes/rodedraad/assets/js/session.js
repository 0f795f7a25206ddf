// Draw a card and session mode, for the questions on the page (elements
// .question with an id): a trainer in a room, or a group around a phone.
(function () {
  "use strict";
  var tools = document.querySelector("[data-session-tools]");
  // On 'mijn stapel' the questions come and go: they are looked up anew
  // each time, and that page's script shows the buttons.
  var live = tools && tools.hasAttribute("data-live");
  function allQuestions() {
    return Array.prototype.slice.call(document.querySelectorAll(".question[id]"));
  }
  if (!tools || typeof HTMLDialogElement !== "function" || (!live && !allQuestions().length)) return;
  // Only the questions a filter leaves visible take part.
  var questions = allQuestions();
  function visibleQuestions() {
    return allQuestions().filter(function (q) { return !q.closest("[hidden]"); });
  }
  if (!live) tools.hidden = false;

  // A question shown on its own: its text, sub-questions and note.
  function render(target, question) {
    target.textContent = "";
    question.querySelectorAll(".question__text, .question__sub, .question__note").forEach(function (part) {
      target.appendChild(part.cloneNode(true));
    });
    target.setAttribute("data-question", question.id);
  }

  // The theme a question belongs to, with its colour class.
  function themeOf(question) {
    var theme = question.closest("[data-theme-name]");
    if (!theme) return { name: "", colour: "" };
    var colour = Array.prototype.filter.call(theme.classList, function (c) { return c.indexOf("kleur-") === 0; })[0] || "";
    return { name: theme.getAttribute("data-theme-name"), colour: colour };
  }

  // mulberry32: a small seeded generator, so that ?seed=N draws the same
  // cards in the same order on every device.
  function generator(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  var seedParam = new URLSearchParams(location.search).get("seed");
  var random = seedParam !== null && /^\d+$/.test(seedParam) ? generator(Number(seedParam)) : Math.random;

  function shuffled(list) {
    var out = list.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var swap = out[i]; out[i] = out[j]; out[j] = swap;
    }
    return out;
  }

  // Cards come from a shuffled deck, so none repeats before all are drawn.
  var deck = [];
  function nextCard() {
    if (!deck.length) deck = shuffled(questions);
    return deck.shift();
  }

  var drawDialog = document.querySelector("[data-draw-dialog]");
  var drawn = drawDialog.querySelector("[data-drawn]");
  function draw() {
    var now = visibleQuestions();
    if (now.length !== questions.length || now.some(function (q, i) { return q !== questions[i]; })) {
      questions = now; // a new filter: a new deck
      deck = [];
    }
    if (!questions.length) return;
    // The first card is there before the dialog opens, and is read out as
    // its description; the next ones as changes to a live region.
    render(drawn, nextCard());
    if (!drawDialog.open) drawDialog.showModal();
  }
  tools.querySelector("[data-draw]").addEventListener("click", draw);
  drawDialog.querySelector("[data-draw-again]").addEventListener("click", draw);

  // Session mode: one question at a time, large; arrows or swipes move on.
  var session = document.querySelector("[data-session-dialog]");
  var slide = session.querySelector("[data-slide]");
  var position = session.querySelector("[data-position]");
  var slideTheme = session.querySelector("[data-slide-theme]");
  var shuffle = tools.querySelector("[data-shuffle]");
  var timerSelect = session.querySelector("[data-timer]");
  var timerDisplay = session.querySelector("[data-timer-display]");
  var timerStatus = session.querySelector("[data-timer-status]");
  var current = 0, timer = null, left = 0;

  function show(i) {
    current = (i + questions.length) % questions.length;
    render(slide, questions[current]);
    var theme = themeOf(questions[current]);
    slideTheme.textContent = theme.name;
    slideTheme.className = "session__theme " + theme.colour;
    slideTheme.hidden = !theme.name;
    position.textContent = position.dataset.text.replace("{n}", current + 1).replace("{total}", questions.length);
    restartTimer();
  }
  function restartTimer() {
    clearInterval(timer);
    left = Number(timerSelect.value);
    timerDisplay.textContent = "";
    timerStatus.textContent = "";
    if (!left) return;
    tick();
    timer = setInterval(function () { left--; tick(); }, 1000);
  }
  function tick() {
    if (left <= 0) {
      clearInterval(timer);
      timerDisplay.textContent = "0:00";
      timerDisplay.classList.add("session__timer--done");
      timerStatus.textContent = timerStatus.dataset.text;
      return;
    }
    timerDisplay.classList.remove("session__timer--done");
    timerDisplay.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
  }
  tools.querySelector("[data-session]").addEventListener("click", function () {
    questions = visibleQuestions();
    if (!questions.length) return;
    if (shuffle.checked) questions = shuffled(questions);
    // The first question is there before the dialog opens, so that it is
    // read out as the dialog's description, not once more as a change.
    show(0);
    session.showModal();
    slide.focus();
  });
  session.querySelector("[data-prev]").addEventListener("click", function () { show(current - 1); });
  session.querySelector("[data-next]").addEventListener("click", function () { show(current + 1); });
  timerSelect.addEventListener("change", restartTimer);
  session.addEventListener("keydown", function (event) {
    if (event.target === timerSelect) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") { event.preventDefault(); show(current + 1); }
    if (event.key === "ArrowLeft" || event.key === "PageUp") { event.preventDefault(); show(current - 1); }
  });
  var touchX = null;
  session.addEventListener("touchstart", function (event) { touchX = event.touches[0].clientX; }, { passive: true });
  session.addEventListener("touchend", function (event) {
    if (touchX === null) return;
    var dx = event.changedTouches[0].clientX - touchX;
    if (Math.abs(dx) > 50) show(current + (dx < 0 ? 1 : -1));
    touchX = null;
  });
  session.addEventListener("close", function () { clearInterval(timer); });

  document.querySelectorAll("dialog [data-close]").forEach(function (button) {
    button.addEventListener("click", function () { button.closest("dialog").close(); });
  });
})();

// Progressive enhancement only: every page works without this file.
// - filters, facets, chips, order and "earlier/later" links update the timeline without a
//   reload (the server renders the same HTML; we swap the changed parts and keep the URL in
//   step with history.pushState, so links stay shareable and the back button works);
// - keyboard: j / k move between events, "/" goes to the search box;
// - date tooltips on the source view stay inside the screen; details open for printing.
"use strict";

(() => {
  const SWAP = ["results", "side-bottom"];
  let inflight = null;
  let typing = false; // a live search in progress pushes one history entry, then replaces it
  let timer = 0;

  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  function isTyping(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function formUrl(form) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
    }
    const query = params.toString();
    return form.action.split("?")[0] + (query ? "?" + query : "");
  }

  // The published static site has no server to search: narrow the events of the loaded page
  // (every word must appear in a card; Turkish case rules).
  function pageFilter() {
    const box = document.getElementById("page-filter");
    if (!box) return;
    const words = box.value.toLocaleLowerCase("tr").split(/\s+/).filter(Boolean);
    $$("#results li.item").forEach((li) => {
      const text = li.textContent.toLocaleLowerCase("tr");
      li.hidden = !words.every((w) => text.includes(w));
    });
  }

  function enhance(root) {
    $$(".keys", root).forEach((el) => { el.hidden = false; });
    const field = document.getElementById("page-filter-field");
    if (field) { field.hidden = false; pageFilter(); }
  }

  document.addEventListener("input", (event) => {
    if (event.target.id === "page-filter") pageFilter();
  });

  async function navigate(url, mode, focusResults) {
    const target = new URL(url, location.href);
    if (target.origin !== location.origin) { location.href = url; return; }
    if (inflight) inflight.abort();
    const controller = new AbortController();
    inflight = controller;
    const results = document.getElementById("results");
    if (results) results.classList.add("loading");
    let html;
    try {
      const response = await fetch(target.href, {
        headers: { Accept: "text/html" }, signal: controller.signal, credentials: "same-origin",
      });
      if (!response.ok) { location.href = target.href; return; }
      html = await response.text();
    } catch (err) {
      if (err.name !== "AbortError") location.href = target.href;
      return;
    } finally {
      if (inflight === controller) inflight = null;
      if (results) results.classList.remove("loading");
    }
    const doc = new DOMParser().parseFromString(html, "text/html");
    if (!doc.getElementById("results")) { location.href = target.href; return; }
    const active = document.activeElement;
    const ids = SWAP.slice();
    // Never replace the text box being typed in; anything else is replaced and gets the focus
    // back by its id (a select, a checkbox, the submit button).
    const typingText = active && active.closest && active.closest("#filters") &&
      active.tagName === "INPUT" && (active.type === "text" || active.type === "search");
    ids.push(typingText ? "filter-buttons" : "filters");
    const focusId = active && active.id && !typingText ? active.id : null;
    const more = document.querySelector("#filters .more-filters");
    const moreOpen = more && more.open;
    for (const id of ids) {
      const now = document.getElementById(id);
      const next = doc.getElementById(id);
      if (now && next) now.replaceWith(document.importNode(next, true));
    }
    const moreNow = document.querySelector("#filters .more-filters");
    if (moreOpen && moreNow) moreNow.open = true; // the reader opened it: keep it open
    if (focusId && document.activeElement !== active) {
      const again = document.getElementById(focusId);
      if (again) again.focus({ preventScroll: true });
    }
    const langs = $(".langs"), nextLangs = $(".langs", doc);
    if (langs && nextLangs) langs.replaceWith(document.importNode(nextLangs, true));
    document.title = doc.title;
    if (mode === "push") history.pushState({ timeline: true }, "", target.href);
    else if (mode === "replace") history.replaceState({ timeline: true }, "", target.href);
    enhance(document);
    const count = document.getElementById("result-count");
    const live = document.getElementById("live");
    if (live && count) live.textContent = count.textContent.trim();
    if (focusResults) {
      const heading = document.getElementById("timeline-h");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: "start" });
      }
    }
  }

  // Links that change the filters or the window: chips, facets, order, pager, years.
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-nav]");
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!document.getElementById("results")) return;
    event.preventDefault();
    typing = false;
    const pager = link.closest(".pager, .order, .years, .chips") !== null;
    navigate(link.href, "push", pager);
  });

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.id !== "filters" || !document.getElementById("results")) return;
    if (!form.checkValidity()) return; // let the browser show what is wrong
    event.preventDefault();
    clearTimeout(timer);
    const url = formUrl(form);
    navigate(url, typing ? "replace" : "push", false);
    typing = false;
  });

  document.addEventListener("change", (event) => {
    const el = event.target;
    if (!el.form || el.form.id !== "filters") return;
    if (el.tagName === "SELECT" || el.type === "checkbox") {
      typing = false;
      navigate(formUrl(el.form), "push", false);
    }
  });

  document.addEventListener("input", (event) => {
    const el = event.target;
    if (!el.form || el.form.id !== "filters" || el.tagName !== "INPUT") return;
    if (el.type === "checkbox" || !el.checkValidity()) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      navigate(formUrl(el.form), typing ? "replace" : "push", false);
      typing = true;
    }, 350);
  });

  document.addEventListener("focusout", (event) => {
    if (event.target.closest && event.target.closest("#filters")) typing = false;
  });

  window.addEventListener("popstate", () => {
    if (document.getElementById("results")) navigate(location.href, null, false);
  });

  // Keyboard: j / k between events, "/" to the search box. Never while typing.
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === "/") {
      const search = document.getElementById("f-q") || document.getElementById("page-filter");
      if (search) { event.preventDefault(); search.focus(); search.select(); }
      return;
    }
    if (event.key !== "j" && event.key !== "k") return;
    const cards = $$("article.event");
    if (!cards.length) return;
    const current = document.activeElement && document.activeElement.closest("article.event");
    let index = current ? cards.indexOf(current) : -1;
    if (index < 0) {
      // Start from the first card below the top of the screen.
      index = cards.findIndex((c) => c.getBoundingClientRect().top >= 0);
      if (index < 0) index = cards.length - 1;
      if (event.key === "j") index -= 1;
    }
    index = event.key === "j" ? Math.min(index + 1, cards.length - 1) : Math.max(index - 1, 0);
    const card = cards[index];
    const target = card.querySelector(".title a") || card.querySelector("summary");
    if (target) {
      event.preventDefault();
      target.focus({ preventScroll: true });
      card.scrollIntoView({ block: "center" });
    }
  });

  // Source view: place a date's tooltip under the expression and inside the text box (a mark
  // that wraps over two lines would otherwise put it off the screen on a phone).
  function placeTip(event) {
    const mark = event.target.closest && event.target.closest("mark.timex");
    const box = mark && mark.closest(".document-text");
    const tip = mark && mark.querySelector(".resolved");
    if (!tip || !box) return;
    box.classList.add("js-tips");
    const area = box.getBoundingClientRect();
    const rects = mark.getClientRects();
    const first = rects[0], last = rects[rects.length - 1];
    const width = Math.min(tip.offsetWidth > 1 ? tip.offsetWidth : 280, area.width - 4);
    const left = Math.max(0, Math.min(first.left - area.left, area.width - width - 4));
    tip.style.left = left + "px";
    tip.style.top = (last.bottom - area.top + 4) + "px";
  }
  document.addEventListener("mouseover", placeTip);
  document.addEventListener("focusin", placeTip);

  // Printing shows every source and quote.
  const opened = [];
  window.addEventListener("beforeprint", () => {
    $$("details:not([open])").forEach((d) => { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", () => {
    opened.splice(0).forEach((d) => { d.open = false; });
  });

  document.addEventListener("DOMContentLoaded", () => {
    enhance(document);
    document.addEventListener("focusin", (event) => {
      if (event.target.id === "feed-url") event.target.select();
    });
  });
})();

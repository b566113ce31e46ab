// StaticMath site search: the only script a StaticMath site can opt into (`search: true`), loaded only by the search
// page. It downloads the build-time index (search.json) once and matches every word of the query, accents and case
// ignored, in titles, tags and text. Results are built with textContent, so nothing in the index is read as HTML.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-input");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  if (!script || !form || !input || !status || !list) return;
  var pages = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (pages) return Promise.resolve(pages);
    return fetch(script.dataset.index).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    }).then(function (entries) {
      pages = entries.map(function (page) {
        return { page: page, title: fold(page.title), all: fold(page.title + " " + page.tags.join(" ") + " " + page.text) };
      });
      return pages;
    });
  }

  // Every word must occur; a word in the title counts ten times one in the text.
  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (entry.title.indexOf(words[i]) >= 0) total += 10;
      else if (entry.all.indexOf(words[i]) >= 0) total += 1;
      else return 0;
    }
    return total;
  }

  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    var start = Math.max(0, at - 60);
    var piece = text.slice(start, start + 200);
    return (start > 0 ? "…" : "") + piece + (start + 200 < text.length ? "…" : "");
  }

  function show(query, found) {
    list.textContent = "";
    var template = found.length === 1 ? script.dataset.one : script.dataset.many;
    status.textContent = query ? (found.length ? template.replace("{count}", found.length) : script.dataset.none) : "";
    var words = fold(query).split(/\s+/).filter(Boolean);
    found.forEach(function (entry) {
      var item = document.createElement("li");
      item.className = "post-list-item";
      var heading = document.createElement("h3");
      heading.className = "post-list-title";
      var link = document.createElement("a");
      link.href = entry.page.url;
      link.textContent = entry.page.title;
      heading.appendChild(link);
      item.appendChild(heading);
      var text = document.createElement("p");
      text.className = "post-list-excerpt";
      text.textContent = snippet(entry.page.text, words[0] || "");
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  function run(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) { show("", []); return; }
    load().then(function (all) {
      var found = all.map(function (entry) { return { entry: entry, score: score(entry, words) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 50)
        .map(function (hit) { return hit.entry; });
      show(query, found);
    }, function (error) {
      status.textContent = script.dataset.failed + " (" + error.message + ")";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  input.addEventListener("input", function () { run(input.value); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();

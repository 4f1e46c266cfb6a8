// Progressive enhancement only: the page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const feed = document.getElementById("feed-url");
  if (feed) {
    feed.addEventListener("focus", () => feed.select());
  }
});

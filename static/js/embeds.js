// Media from other sites (templates/wagtailembeds/embed_frontend.html): the player is put in
// the page, from its <template>, only when the visitor presses the button. The page may hold
// several players and load this file once per player: each player is prepared once.
for (const player of document.querySelectorAll("[data-embed-player]:not([data-ready])")) {
  player.dataset.ready = "";
  const button = player.querySelector(".embed-player__play");
  const media = player.querySelector(".embed-player__media");
  button.hidden = false;
  button.addEventListener("click", () => {
    player.replaceChildren(media.content.cloneNode(true));
    const frame = player.querySelector("iframe");
    if (frame) {
      frame.focus();
    }
  });
}

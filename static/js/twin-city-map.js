// The map of the twin cities (Leaflet, served from static/vendor), shown when the visitor asks
// for it. Its background tiles come from OpenStreetMap's servers, which would see the
// visitor's address: so nothing is fetched from them until the button is pressed, and the page
// loads no map code before that either. Without JavaScript the map stays hidden (css/no-js.css)
// and the list of cities below says everything; if the tiles cannot load, the markers and their
// links still work on an empty background.
const container = document.getElementById("twin-city-map");
const data = document.getElementById("twin-city-points");

function load(tag, attributes) {
  return new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement(tag), attributes);
    element.addEventListener("load", resolve);
    element.addEventListener("error", reject);
    document.head.append(element);
  });
}

function drawMap(canvas, points) {
  // No zooming or fading animation for visitors who ask their system for less motion.
  const animate = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(canvas, {
    scrollWheelZoom: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    zoomControl: false,
  });
  // Leaflet's controls speak English: their names come from the page, in its language.
  const words = container.dataset;
  L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: `<a href="https://www.openstreetmap.org/copyright">${container.dataset.attribution}</a>`,
  }).addTo(map);
  const icon = L.divIcon({ className: "city-map__marker", iconSize: [18, 18] });
  const markers = points.map((point) => {
    const link = document.createElement("a");
    link.href = point.url;
    link.textContent = `${point.name} (${point.country})`;
    const marker = L.marker([point.lat, point.lon], { icon, title: point.name, alt: point.name, keyboard: true })
      .bindPopup(link)
      .addTo(map);
    // Keyboard: a marker is a button, opened by Enter (Leaflet) or Space (below). Its popup
    // comes after every marker in the page's order, so the popup's link takes the focus when
    // it opens; Escape closes it and gives the focus back to the marker, as does any closing
    // that takes the focus away with the popup.
    marker.on("popupopen", (event) => {
      const close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) close.setAttribute("aria-label", words.closePopup);
      link.focus();
    });
    marker.on("popupclose", (event) => {
      const focus = document.activeElement;
      if (!focus || focus === document.body || event.popup.getElement().contains(focus)) {
        marker.getElement().focus();
      }
    });
    return marker;
  });
  canvas.addEventListener("keydown", (event) => {
    if (event.key === "Escape") map.closePopup();
  });
  const bounds = L.latLngBounds(points.map((point) => [point.lat, point.lon]));
  if (points.length === 1) {
    map.setView(bounds.getCenter(), 8);
  } else {
    map.fitBounds(bounds.pad(0.2));
  }
  // The markers' elements exist once the map has its view.
  for (const marker of markers) {
    marker.getElement().addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        marker.openPopup();
      }
    });
  }
}

if (container && data) {
  const points = JSON.parse(data.textContent);
  const button = container.querySelector(".city-map__show");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await Promise.all([
        load("link", { rel: "stylesheet", href: container.dataset.leafletCss }),
        load("script", { src: container.dataset.leafletJs }),
      ]);
    } catch {
      button.disabled = false;
      return;
    }
    const canvas = document.createElement("div");
    canvas.className = "city-map__canvas";
    container.querySelector(".city-map__consent").replaceWith(canvas);
    drawMap(canvas, points);
    // The button is gone: focus goes to the map's first marker, or the map itself.
    (canvas.querySelector(".city-map__marker") || canvas).focus();
  });
}

// The map of the twin cities (Leaflet, served from static/vendor), shown when the visitor asks
// for it. Its background tiles come from OpenStreetMap's servers, which would see the
// visitor's address: so nothing is fetched from them until the button is pressed, and the page
// loads no map code before that either. Without JavaScript the map stays hidden and the list of
// cities below says everything; if the tiles cannot load, the markers and their links still
// work on an empty background.
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
  const map = L.map(canvas, { scrollWheelZoom: false });
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: `<a href="https://www.openstreetmap.org/copyright">${container.dataset.attribution}</a>`,
  }).addTo(map);
  const icon = L.divIcon({ className: "city-map__marker", iconSize: [18, 18] });
  points.forEach((point) => {
    const link = document.createElement("a");
    link.href = point.url;
    link.textContent = `${point.name} (${point.country})`;
    L.marker([point.lat, point.lon], { icon, title: point.name, alt: point.name, keyboard: true })
      .bindPopup(link)
      .addTo(map);
  });
  const bounds = L.latLngBounds(points.map((point) => [point.lat, point.lon]));
  if (points.length === 1) {
    map.setView(bounds.getCenter(), 8);
  } else {
    map.fitBounds(bounds.pad(0.2));
  }
}

if (container && data) {
  const points = JSON.parse(data.textContent);
  const button = container.querySelector(".city-map__show");
  container.hidden = false;
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

"""Drive the board's screens as a browser does: read the form from the rendered HTML, change
only what a person can change there (a choice the screen offers), and post back every field the
HTML carries — the hidden ones included. No form data is built by hand."""

from bs4 import BeautifulSoup


class ScreenForm:
    """The form of an admin screen (the one in #content-main), as a browser holds it."""

    def __init__(self, html):
        soup = BeautifulSoup(html, "html.parser")
        form = soup.select_one("#content-main form")
        assert form is not None, "no form on this screen"
        self.values = {}  # name -> value a browser would post (absent radios: not posted)
        self.choices = {}  # name -> the values the screen offers
        self.buttons = {}
        for element in form.find_all(["input", "select", "textarea"]):
            name = element.get("name")
            if not name or element.has_attr("disabled"):
                continue
            if element.name == "select":
                options = element.find_all("option")
                self.choices[name] = [o.get("value", o.text) for o in options]
                selected = [o for o in options if o.has_attr("selected")] or options[:1]
                if selected:
                    self.values[name] = selected[-1].get("value", selected[-1].text)
            elif element.name == "textarea":
                self.values[name] = element.text
            else:
                kind = (element.get("type") or "text").lower()
                if kind == "submit":
                    self.buttons[name] = element.get("value", "")
                elif kind in ("radio", "checkbox"):
                    self.choices.setdefault(name, []).append(element.get("value", "on"))
                    if element.has_attr("checked"):
                        self.values[name] = element.get("value", "on")
                elif kind not in ("button", "image", "reset", "file"):
                    self.values[name] = element.get("value", "")

    def choose(self, name, value):
        """Pick a choice the screen offers (a radio button, an option)."""
        value = "" if value is None else str(value)
        assert name in self.choices, f"the screen has no choice named {name}"
        assert value in self.choices[name], f"the screen offers no {value!r} for {name}"
        self.values[name] = value
        return self

    def fill(self, name, text):
        """Type into a text field, a textarea or a date the screen shows as editable."""
        assert name in self.values and name not in self.choices, f"no text field {name}"
        self.values[name] = str(text)
        return self

    def data(self, button=None):
        posted = dict(self.values)
        if button:
            assert button in self.buttons, f"no button {button}"
            posted[button] = self.buttons[button]
        return posted


def open_screen(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return ScreenForm(response.content.decode())


def submit(client, url, changes=None, button=None, screen=None):
    """Open the screen (unless given one opened earlier), make `changes` ({name: value}),
    post it back; returns the response."""
    screen = screen or open_screen(client, url)
    for name, value in (changes or {}).items():
        if name in screen.choices:
            screen.choose(name, value)
        else:
            screen.fill(name, value)
    return client.post(url, screen.data(button))

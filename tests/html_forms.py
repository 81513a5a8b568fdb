"""Forms as a browser posts them: what the rendered HTML carries, not a dict built by hand."""

from bs4 import BeautifulSoup


def filled_form(client, url):
    """The page's form as the HTML carries it (hidden fields and CSRF token included), each
    visible field filled as a person would: text, a valid e-mail, the first choice, consent."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.find("form", method=lambda m: m and m.lower() == "post")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type", "text")
        if not name or kind in ("submit", "button", "file"):
            continue
        if name == "website":  # the honeypot stays empty, as a person leaves it
            data[name] = ""
        elif kind == "hidden":
            data[name] = field.get("value", "")
        elif kind in ("checkbox", "radio"):
            data.setdefault(name, field.get("value", "on"))
        elif field.name == "select":
            option = next(o for o in field.find_all("option") if o.get("value"))
            data[name] = option["value"]
        elif kind == "email":
            data[name] = "visitor@example.org"
        elif kind == "date":
            data[name] = "2027-05-01"
        elif kind == "number":
            data[name] = "10"
        else:
            data[name] = "Bonjour"
    return data

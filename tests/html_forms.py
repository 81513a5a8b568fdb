"""Forms as a browser posts them: what the rendered HTML carries, not a dict built by hand."""

import json

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


def admin_form_data(page_html):
    """Every field of a Wagtail admin edit form as the browser posts it: inputs, checked boxes,
    selected options, text areas, and the StreamFields from the data their widget is given.
    Parsed with BeautifulSoup: a regular expression took `data-w-sync-target-value` for a
    `value` attribute."""
    soup = BeautifulSoup(page_html, "html.parser")
    form = soup.find("input", attrs={"name": "csrfmiddlewaretoken"}).find_parent("form")
    for template in form.find_all("template"):  # the empty inline forms
        template.decompose()
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.has_attr("disabled"):
            continue
        if field.name == "input":
            kind = field.get("type", "text")
            if kind in ("checkbox", "radio"):
                if field.has_attr("checked"):
                    data.setdefault(name, []).append(field.get("value", "on"))
            elif kind not in ("submit", "button", "file"):
                data[name] = field.get("value", "")
        elif field.name == "textarea":
            data[name] = field.string.removeprefix("\n") if field.string else ""
        else:
            chosen = [o.get("value", o.text) for o in field.find_all("option", selected=True)]
            data[name] = chosen or ""
    for block in form.find_all("div", attrs={"data-block": True, "data-controller": "w-block"}):
        arguments = json.loads(block["data-w-block-arguments-value"])
        data.update(_stream_data(block["id"], arguments[0]))
    return data


def _stream_data(prefix, blocks):
    """A StreamField's value as the editor's script posts it (`body_fr-0-type`...)."""
    data = {f"{prefix}-count": str(len(blocks))}
    for position, block in enumerate(blocks):
        key = f"{prefix}-{position}"
        data.update(
            {
                f"{key}-type": block["type"],
                f"{key}-id": block["id"],
                f"{key}-deleted": "",
                f"{key}-order": str(position),
            }
        )
        data.update(_block_value(f"{key}-value", block["value"]))
    return data


def _block_value(name, value):
    if isinstance(value, dict):
        data = {}
        for child, child_value in value.items():
            data.update(_block_value(f"{name}-{child}", child_value))
        return data
    if isinstance(value, list):  # a choice, rendered as the list of the selected values
        value = value[0] if value else ""
    return {name: "" if value is None else str(value)}

"""The image library's collections: one per twin city and one per event series, made when the
city's or the series' page is first published, so that volunteers file each picture where the
next one will look for it."""

from wagtail.models import Collection

# Collection names are content, in the association's language, like the page tree.
TWIN_CITIES = "Villes jumelles"
EVENT_SERIES = "Événements"


def collection_for(section, name):
    """The collection `name` under `section` (both made if needed)."""
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=section).first() or root.add_child(name=section)
    name = name[:255]
    return parent.get_children().filter(name=name).first() or parent.add_child(name=name)

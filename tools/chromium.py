"""The system Chromium and the flags every tool and browser test starts it with: as root it
needs --no-sandbox, and the other flags keep it from calling out (no network here beyond the
loopback)."""

import os
import shutil
from pathlib import Path

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def find_chromium():
    """$CHROMIUM, /usr/bin/chromium or the first chromium on the PATH; None when there is none."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None

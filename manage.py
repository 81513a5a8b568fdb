#!/usr/bin/env python
"""Django's command-line utility for the twinning association's site."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jumelage.settings.dev")
    from django.core.management import execute_from_command_line

    from jumelage.startup import settings_or_exit

    settings_or_exit()
    execute_from_command_line(sys.argv)

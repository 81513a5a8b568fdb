"""`makemessages` without fuzzy matching: a new string gets an empty translation to write, not
a wrong guess borrowed from a similar string (a visitor would see the guess)."""

from django.core.management.commands.makemessages import Command as MakeMessagesCommand


class Command(MakeMessagesCommand):
    msgmerge_options = [*MakeMessagesCommand.msgmerge_options, "--no-fuzzy-matching"]

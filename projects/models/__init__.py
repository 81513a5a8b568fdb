"""The projects app's models: public pages (`pages`) and the board's deliberations (`board`)."""

from .board import Attendance, BoardMember, Deliberation, Meeting, Vote, VotingRules
from .pages import Field, ProjectIndexPage, ProjectPage, ProjectStatus, read_filters

__all__ = [
    "Attendance",
    "BoardMember",
    "Deliberation",
    "Field",
    "Meeting",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "Vote",
    "VotingRules",
    "read_filters",
]

"""The projects app's models: public pages (`pages`) and the board's deliberations (`board`)."""

from .applications import ApplicationStatus, ProjectApplication, ProjectApplicationPage
from .board import (
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    RegisterNote,
    Vote,
    VotingRules,
)
from .pages import Field, ProjectIndexPage, ProjectPage, ProjectStatus, read_filters

__all__ = [
    "ApplicationStatus",
    "ProjectApplication",
    "ProjectApplicationPage",
    "Attendance",
    "BoardMember",
    "Deliberation",
    "Field",
    "Meeting",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "RegisterNote",
    "Vote",
    "VotingRules",
    "read_filters",
]

"""Colours that are data rather than widget styling: painted by code (the dashboard's event lanes, the tour
timeline) or handed to item views and rich text (a cell's foreground, a finding's background, a status mark).

Widgets' own colours are in resources/style.qss; every colour of the UI is in one of the two.
"""

from __future__ import annotations

from colead_desktop.domain import agenda, tourcheck
from colead_desktop.domain.itinerary import ItemKind
from colead_desktop.domain.statement_status import StatementStatus

# text in item views and rich text
TEXT = "#212121"
MUTED_TEXT = "#555555"  # notes under a statement
NOTE_TEXT = "#37474f"  # neutral notes and on-time agenda blocks
HINT_TEXT = "#546e7a"  # a round table's staff line
ABSENT_TEXT = "#9e9e9e"  # a talent attending no round
NOT_IN_GROSS_TEXT = "#888888"  # statement lines outside the gross amount (advances, deductions)
ERROR_TEXT = "#c62828"
WARNING_TEXT = "#ef6c00"
INVALID_CELL_BACKGROUND = "#fdecea"  # a roster cell that cannot be imported, a region row with an error
WARNING_CELL_BACKGROUND = "#fff8e1"  # a region row with a warning (its lab unnamed)
OK_TEXT = "#2e7d32"
SPREAD_CELL_BACKGROUND = "#ffe08a"  # a screening item on which the reviewers are 2 or more levels apart

# statements by StatementStatus; a payee without a statement is UNKNOWN_STATUS
STATUS = {StatementStatus.DRAFT: "#ef6c00", StatementStatus.APPROVED: "#1565c0", StatementStatus.IN_RUN: "#6a1b9a",
          StatementStatus.PAID: "#2e7d32"}
UNKNOWN_STATUS = "#777777"

# the dashboard's lanes, by EventKind value
EVENT_KIND = {
    "meetup": "#2e7d32", "pre_meeting": "#6a1b9a", "fieldwork_tour": "#c62828", "interim_report": "#1565c0",
    "final_report": "#0d47a1", "regular_meeting": "#ef6c00", "committee": "#455a64", "other": "#757575",
}

AGENDA_SEVERITY = {agenda.Severity.ERROR: ERROR_TEXT, agenda.Severity.WARNING: WARNING_TEXT,
                   agenda.Severity.INFO: NOTE_TEXT}
TOUR_SEVERITY = {tourcheck.Severity.ERROR: ERROR_TEXT, tourcheck.Severity.WARNING: WARNING_TEXT,
                 tourcheck.Severity.INFO: "#1565c0"}
TOUR_SEVERITY_BACKGROUND = {tourcheck.Severity.ERROR: "#fdecea", tourcheck.Severity.WARNING: "#fff8e1",
                            tourcheck.Severity.INFO: "#e3f2fd"}

# drawn charts (dashboard and tour timeline)
CHART_BACKGROUND = "#ffffff"
CHART_TEXT = "#333333"
CHART_RULE = "#dddddd"
# the dashboard's budget charts: Okabe–Ito colours, distinct for the common colour-vision deficiencies
BUDGET_COLOUR = "#767676"
APPROVED_COLOUR = "#E69F00"
PAID_COLOUR = "#0072B2"

# the tour timeline, by ItemKind
TOUR_ITEM_KIND = {
    ItemKind.TRAVEL: "#78909c", ItemKind.ORIENTATION: "#5c6bc0", ItemKind.COMPANY_VISIT: "#c62828",
    ItemKind.COMPANY_BRIEFING: "#d84315", ItemKind.FACILITY_VISIT: "#2e7d32",
    ItemKind.TALENT_DISCUSSION: "#6a1b9a", ItemKind.EXCHANGE: "#ad1457", ItemKind.LUNCH: "#8d6e63",
    ItemKind.PREPARATION: "#00838f", ItemKind.PRESENTATION: "#1565c0", ItemKind.REMOTE_WORK: "#546e7a",
    ItemKind.OTHER: "#757575",
}
TIMELINE_PLACEHOLDER_TEXT = "#757575"
TIMELINE_HOUR_RULE = "#e0e0e0"
TIMELINE_HALF_HOUR_RULE = "#f3f3f3"
TIMELINE_HOUR_TEXT = "#616161"
TIMELINE_WEEKEND_HEADER = "#fdecea"
TIMELINE_WEEKDAY_HEADER = "#eef3fb"
TIMELINE_HOLIDAY_HEADER = "#f8cfca"  # a public holiday: stronger than a weekend, and its name is shown
TIMELINE_DAY_OFF_COLUMN = "#fff4f2"  # the body of a weekend or holiday column, so visits there stand out
TIMELINE_DAY_RULE = "#cfd8dc"
TIMELINE_HEADER_TEXT = "#263238"
TIMELINE_HIGHLIGHT = "#ff6f00"
# the day's route map beside the timeline (the printed itinerary uses the same colours)
ROUTE_BACKGROUND = "#f7f9fb"
ROUTE_FRAME = "#999999"
ROUTE_LINE = "#2f6db5"
ROUTE_STOP = "#c0392b"
ROUTE_TEXT = "#222222"
ROUTE_LABEL_BACKING = "#ddffffff"  # #AARRGGBB: mostly opaque white behind a leg's minutes
# a travel leg's pill: (fill, outline, text), too short for the travel time or enough
LEG_TOO_SHORT = ("#ffebee", "#c62828", "#b71c1c")
LEG_ENOUGH = ("#fffde7", "#9e9d24", "#424242")

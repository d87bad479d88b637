"""A talent's stored fields by name, for reads that select them without building records.

`colead list talents` reads them through plain sqlite3 and prints them. It must not import the records'
dataclasses, which cost every start of the command line about 15 ms (issue 15). TalentRecord (records.py)
declares these fields in this order, and a test holds the two equal.
"""

from __future__ import annotations

TALENT_FIELDS = (
    "id", "programme_id", "name", "kana", "affiliation", "email", "phone", "home_city", "gateway", "skills",
    "career_stage", "employment", "strong_areas", "region_preferences", "assigned_region_id", "intro_projects",
    "intro_learning", "intro_sme_digital", "motivation", "intro_regional_issues", "intro_future", "data_note",
    "uuid", "version",
)

# The fields that are the participation in a programme (the programme_talent row), not the person: the
# programme, the wishes and the assignment, and the self-introduction sheet's six fields (domain/self_intro.py).
PARTICIPATION_FIELDS = frozenset({
    "programme_id", "region_preferences", "assigned_region_id", "motivation", "intro_projects", "intro_learning",
    "intro_sme_digital", "intro_regional_issues", "intro_future",
})

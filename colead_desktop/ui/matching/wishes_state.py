"""The 希望と条件 dialog's edits, kept apart from its widgets: the talents' wishes, each company's part in the
matching and the lab's wishes for it, and the rules; made from the stored input and back into one."""

from __future__ import annotations

from dataclasses import dataclass, field

from colead_desktop.domain.matching import MatchInput, Pair, RuleKind, Sme, Talent
from colead_desktop.services.matching import Editing

NEW_CAPACITY = 1
"""A company that starts taking part takes one talent until the user says otherwise."""


@dataclass
class CompanyEdit:
    taking_part: bool
    capacity: int
    skills: set[str]
    wishes: list[str] = field(default_factory=list)  # talent ids, best first


class WishesState:
    def __init__(self, editing: Editing) -> None:
        stored = editing.stored
        self.editing = editing
        self.talent_skills = {t.id: t.skills for t in stored.talents}
        self.talent_wishes = {t.id: list(t.wishes) for t in stored.talents}
        smes = {s.id: s for s in stored.smes}
        # A company not taking part yet starts with the skills its B-3 STEP5 answer names, like set_company.
        self.companies = {c.id: CompanyEdit(c.id in smes, smes[c.id].capacity if c.id in smes else NEW_CAPACITY,
                                            set(smes[c.id].wants_skills if c.id in smes else c.b3_skills),
                                            list(smes[c.id].wishes) if c.id in smes else [])
                          for c in editing.companies}
        self.rules: dict[Pair, RuleKind] = {
            **{pair: RuleKind.FIXED for pair in stored.fixed}, **{pair: RuleKind.FORBIDDEN for pair in stored.forbidden}}

    def taking_part(self) -> list[str]:
        """The companies taking part, in the dialog's order."""
        return [c.id for c in self.editing.companies if self.companies[c.id].taking_part]

    def match_input(self) -> MatchInput:
        """The edits as an instance; a company not taking part brings nothing (its lab's wishes are dropped)."""
        return MatchInput(
            talents=tuple(Talent(t, self.talent_skills[t], tuple(self.talent_wishes[t])) for t in self.talent_wishes),
            smes=tuple(Sme(c, self.companies[c].capacity, frozenset(self.companies[c].skills),
                           tuple(self.companies[c].wishes)) for c in self.taking_part()),
            fixed=tuple(sorted(p for p, kind in self.rules.items() if kind is RuleKind.FIXED)),
            forbidden=tuple(sorted(p for p, kind in self.rules.items() if kind is RuleKind.FORBIDDEN)))

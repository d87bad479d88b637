"""Remove what a database error echoes of the data from text bound for a log or a dialog.

SQLAlchemy appends the statement and its parameters to an error's text; PostgreSQL adds DETAIL and CONTEXT
lines that repeat the offending values (`Key (email)=(x@y)`, `Failing row contains (...)`) and puts the value
of a bad literal into the primary message. The engine hides parameters already (`hide_parameters=True`);
this is the second line of defence for every other path: raw driver errors in a chained traceback, text
formatted by hand, or an engine made elsewhere.
"""

from __future__ import annotations

import re

REMOVED = "[removed]"

# A block ends where SQLAlchemy's next part begins, at a blank line (the next traceback section) or at the
# end; a value that happens to contain "]" or a newline therefore cannot end the block early.
_BLOCK_END = (r"(?=\n\[SQL|\n\[parameters|\n\(Background on this error|\n\n"
              r"|\n[A-Za-z_.]+(?:Error|Exception|Warning)\b|\Z)")
_PATTERNS = [
    re.compile(r"\[SQL: .*?\]" + _BLOCK_END, re.DOTALL),
    re.compile(r"\[parameters: .*?\]" + _BLOCK_END, re.DOTALL),
    re.compile(r"\b(DETAIL|CONTEXT|詳細|文脈):.*?" + _BLOCK_END, re.DOTALL),
    # PostgreSQL puts the rejected literal after a colon: invalid input syntax for type integer: "太郎"
    re.compile(r'(?<=: )"(?:[^"]|"")*"'),
]


def scrub(text: str) -> str:
    """`text` without SQL statements, bound parameters or the values a server error repeats."""
    for pattern in _PATTERNS:
        text = pattern.sub(REMOVED, text)
    return text

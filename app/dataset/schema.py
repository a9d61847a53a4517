"""The dataset's tables and columns: one description used by the loader, the tests and the docs.

``data/README.md`` documents the same columns for people; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Value kinds a column may hold.
ID = "id"            # identifier: letters, digits, '.', '_' and '-'
REF = "ref"          # the id of a row in another table
TEXT = "text"        # free text; surrounding spaces are trimmed
QUOTE = "quote"      # verbatim text; kept exactly as written
INT = "int"          # whole number, 0 or more
BOOL = "bool"        # true or false
DATE = "date"        # YYYY, YYYY-MM or YYYY-MM-DD
CHOICE = "choice"    # one of a fixed list of words
PATH = "path"        # a file under sources/
LIST = "list"        # several values separated by ';'

ALL_COUNCILS = "ALL"
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
COUNCIL_ID_PATTERN = r"W06[0-9]{6}"
MAX_FIELD_CHARS = 100_000
PROBLEM_CAP = 200

EVENT_KINDS = ("report", "speech", "policy", "legislation", "meeting", "publication", "other")
MENTION_ROLES = ("subject", "venue", "collective")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = True
    ref: str | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    file: str
    key: str
    columns: tuple[Column, ...]
    optional_columns: tuple[Column, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


EVENTS = Table(
    "events",
    "events.csv",
    "event_id",
    (
        Column("event_id", ID),
        Column("title", TEXT),
        Column("kind", CHOICE, choices=EVENT_KINDS),
        Column("date", DATE),
        Column("date_approximate", BOOL),
        Column("date_note", TEXT, required=False),
        Column("speaker", TEXT, required=False),
        Column("speaker_role", TEXT, required=False),
        Column("organisation", TEXT, required=False),
        Column("venue", TEXT, required=False),
        Column("source_file", PATH, required=False),
        Column("summary", TEXT, required=False),
    ),
    optional_columns=(
        Column("date_earliest", DATE, required=False),
        Column("date_latest", DATE, required=False),
    ),
)

THEMES = Table(
    "themes",
    "themes.csv",
    "theme_id",
    (
        Column("theme_id", ID),
        Column("label", TEXT),
        Column("description", TEXT, required=False),
    ),
)

STATEMENTS = Table(
    "statements",
    "statements.csv",
    "statement_id",
    (
        Column("statement_id", ID),
        Column("event_id", REF, ref="events"),
        Column("theme_id", REF, ref="themes"),
        Column("position", TEXT),
        Column("quote", QUOTE),
        Column("start", INT),
        Column("end", INT),
    ),
)

COUNCILS = Table(
    "councils",
    "councils.csv",
    "council_id",
    (
        Column("council_id", ID),
        Column("name_en", TEXT),
        Column("name_cy", TEXT),
        Column("aliases", LIST, required=False),
        Column("tile_col", INT),
        Column("tile_row", INT),
    ),
)

MENTIONS = Table(
    "mentions",
    "mentions.csv",
    "mention_id",
    (
        Column("mention_id", ID),
        Column("event_id", REF, ref="events"),
        Column("council_id", REF, ref="councils"),
        Column("theme_id", REF, required=False, ref="themes"),
        Column("role", CHOICE, choices=MENTION_ROLES),
        Column("note", TEXT, required=False),
        Column("quote", QUOTE),
        Column("start", INT),
        Column("end", INT),
    ),
)

TABLES: tuple[Table, ...] = (EVENTS, THEMES, COUNCILS, STATEMENTS, MENTIONS)
SOURCES_DIR = "sources"

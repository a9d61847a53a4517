"""The bundled data is faithful to its sources.

These tests read the CSV files and the source texts directly (not through the loader),
so they check the data itself: every quote is where its offsets say, the source texts
are untouched, every council a text names is coded, and the documentation covers every
column.
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pytest

from app.dataset import schema as S

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SOURCES = DATA / "sources"
SHARED = ROOT.parent / "shared"

# The published texts, byte for byte (see ../shared/sources/SOURCES.md).
SHA256 = {
    "inspection-report.txt": "6de676908f044ad8ea16bf90cdc732a0a5a0bd106e87fcb2bec22a5823093d18",
    "conference-speech.txt": "04d2dcc1fe8ef8884180e26b77b7637295ae2e79803eb16eb717240f4dbbd74e",
}
REPORT, SPEECH = "inspection-report-2005", "conference-speech-2009"


def read_csv(name: str) -> list[dict[str, str]]:
    raw = (DATA / name).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(raw.splitlines(keepends=True)))


def source_text(name: str) -> str:
    return (SOURCES / name).read_bytes().decode("utf-8")


def event_sources() -> dict[str, str]:
    return {e["event_id"]: e["source_file"].strip() for e in read_csv("events.csv")}


def passages():
    """(file, id, event_id, quote, start, end) for every statement and mention."""
    for name, key in (("statements.csv", "statement_id"), ("mentions.csv", "mention_id")):
        for r in read_csv(name):
            yield name, r[key], r["event_id"], r["quote"], int(r["start"]), int(r["end"])


# --- quotes and offsets ----------------------------------------------------------------------
def test_every_quote_is_its_text_slice():
    sources = event_sources()
    texts = {name: source_text(name) for name in SHA256}
    checked = 0
    bad = []
    for file, item, event, quote, start, end in passages():
        source = sources[event]
        assert source, f"{file} {item}: event {event} has no source text"
        if texts[source][start:end] != quote:
            bad.append(f"{file} {item}: {texts[source][start:end]!r} != {quote!r}")
        checked += 1
    assert not bad, "\n".join(bad)
    assert checked == len(read_csv("statements.csv")) + len(read_csv("mentions.csv")) > 50


def test_quotes_are_not_padded_and_offsets_are_sane():
    for file, item, event, quote, start, end in passages():
        assert 0 <= start < end, (file, item)
        assert quote == quote.strip(), f"{file} {item}: quote has spaces at either end"


def test_positions_are_one_line():
    for r in read_csv("statements.csv"):
        assert r["position"].strip() and "\n" not in r["position"], r["statement_id"]


# --- the source texts ------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(SHA256))
def test_source_text_is_the_published_text(name):
    data = (SOURCES / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256[name]
    data.decode("utf-8")  # and it is UTF-8


@pytest.mark.parametrize("name", sorted(SHA256))
def test_source_text_matches_the_shared_copy(name):
    shared = SHARED / "sources" / name
    if not shared.exists():
        pytest.skip("../shared is not present (a clean clone); the SHA-256 test covers this")
    assert (SOURCES / name).read_bytes() == shared.read_bytes()


def test_no_other_source_texts_are_referenced():
    referenced = {s for s in event_sources().values() if s}
    assert referenced == set(SHA256)
    for s in referenced:
        assert (SOURCES / s).is_file()


def test_source_quirks_as_documented():
    report = source_text("inspection-report.txt")
    speech = source_text("conference-speech.txt")
    assert not report.endswith("\n")  # no trailing newline
    assert report.splitlines()[0].endswith(" |")  # a photo caption
    assert "\u201c" in speech and "\u2013" in speech and "\u00a0" in speech
    assert "Cardiff" not in speech  # the venue is known only from outside the text


# --- councils ----------------------------------------------------------------------------------
def council_names() -> dict[str, list[str]]:
    out = {}
    for c in read_csv("councils.csv"):
        names = [c["name_en"].strip(), c["name_cy"].strip()]
        names += [a.strip() for a in c["aliases"].split(";") if a.strip()]
        out[c["council_id"]] = list(dict.fromkeys(names))
    return out


def whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


@pytest.mark.parametrize("event_id", [REPORT, SPEECH])
def test_every_council_name_in_the_text_is_a_mention(event_id):
    text = source_text(event_sources()[event_id])
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in read_csv("mentions.csv"):
        if m["event_id"] == event_id:
            spans.setdefault(m["council_id"], []).append((int(m["start"]), int(m["end"])))
    missing = []
    found = 0
    for cid, names in council_names().items():
        for name in names:
            for hit in whole_word(name).finditer(text):
                found += 1
                a, b = hit.span()
                if not any(s < b and a < e for s, e in spans.get(cid, [])):
                    missing.append(f"{cid} {name!r} at [{a}:{b}]")
    assert not missing, "names with no mention: " + ", ".join(missing)
    if event_id == REPORT:
        assert found >= 7  # Caerphilly, the Vale of Glamorgan, Torfaen, Blaenau Gwent ×2, Cardiff ×3


def test_council_mentions_quote_a_name_of_their_council():
    names = council_names()
    for m in read_csv("mentions.csv"):
        if m["council_id"] == S.ALL_COUNCILS:
            continue
        assert any(n.lower() in m["quote"].lower() for n in names[m["council_id"]]), m["mention_id"]


def test_councils_match_the_reference_list():
    councils = read_csv("councils.csv")
    assert len(councils) == 22
    assert len({c["council_id"] for c in councils}) == 22
    assert all(re.fullmatch(S.COUNCIL_ID_PATTERN, c["council_id"]) for c in councils)
    assert len({(c["tile_col"], c["tile_row"]) for c in councils}) == 22
    reference = SHARED / "reference" / "welsh-councils.csv"
    if not reference.exists():
        pytest.skip("../shared/reference/welsh-councils.csv is not present")
    with open(reference, encoding="utf-8-sig", newline="") as fh:
        ref = {r["code"]: (r["name_en"], r["name_cy"]) for r in csv.DictReader(fh)}
    ours = {c["council_id"]: (c["name_en"], c["name_cy"]) for c in councils}
    assert ours == ref


def test_collective_mentions_use_all():
    mentions = read_csv("mentions.csv")
    for m in mentions:
        assert (m["council_id"] == S.ALL_COUNCILS) == (m["role"] == "collective"), m["mention_id"]
        assert m["role"] in S.MENTION_ROLES
    assert any(m["role"] == "collective" for m in mentions)
    # the summit in Cardiff places something; it says nothing about Cardiff council
    venue = [m for m in mentions if m["role"] == "venue"]
    assert [(m["council_id"], m["quote"]) for m in venue] == [("W06000015", "Cardiff")]


# --- themes ----------------------------------------------------------------------------------
def test_at_least_eight_themes_each_with_a_statement():
    themes = [t["theme_id"] for t in read_csv("themes.csv")]
    assert len(themes) >= 8
    used = {s["theme_id"] for s in read_csv("statements.csv")}
    assert set(themes) <= used, f"themes without a statement: {set(themes) - used}"
    assert used <= set(themes)


def test_both_documents_are_coded():
    by_event = {}
    for s in read_csv("statements.csv"):
        by_event.setdefault(s["event_id"], set()).add(s["theme_id"])
    assert set(by_event) == {REPORT, SPEECH}
    assert len(by_event[REPORT]) >= 5 and len(by_event[SPEECH]) >= 5


# --- events -----------------------------------------------------------------------------------
def events() -> dict[str, dict[str, str]]:
    return {e["event_id"]: e for e in read_csv("events.csv")}


def test_primary_events_dates_as_sources_say():
    ev = events()
    report, speech = ev[REPORT], ev[SPEECH]
    # c. January 2005, month precision, approximate; never an exact day
    assert report["date"] == "2005-01"
    assert report["date_approximate"].lower() == "true"
    assert report["source_file"] == "inspection-report.txt"
    assert report["date_earliest"] == "2004-06-11" and report["date_latest"] == "2005-12-06"
    assert report["speaker"] == "Graham Williams"
    # 18 June 2009, exact
    assert speech["date"] == "2009-06-18"
    assert speech["date_approximate"].lower() == "false"
    assert speech["source_file"] == "conference-speech.txt"
    assert speech["speaker"] == "Rhodri Morgan"
    assert "Cardiff" in speech["venue"]
    assert report["kind"] == "report" and speech["kind"] == "speech"


def test_making_the_connections_is_a_referenced_event():
    ev = [e for e in events().values() if "Making the Connections" in e["title"]]
    assert len(ev) == 1
    mtc = ev[0]
    assert mtc["date"].startswith("2004")
    assert mtc["source_file"].strip() == ""
    # the referring passage from the speech is quoted in its summary or note
    speech = source_text("conference-speech.txt")
    quoted = re.findall(r"\u201c([^\u201d]{20,})\u201d", mtc["summary"] + " " + mtc["date_note"])
    assert any(q in speech for q in quoted), quoted
    assert "Making the Connections in 2004" in speech


def test_events_without_text_have_no_statements_or_mentions():
    without = {eid for eid, src in event_sources().items() if not src}
    assert without
    for name in ("statements.csv", "mentions.csv"):
        assert not [r for r in read_csv(name) if r["event_id"] in without]


# --- documentation -----------------------------------------------------------------------
def readme_sections() -> dict[str, str]:
    text = (DATA / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.M)
    return {p.split("\n", 1)[0].strip(): p for p in parts[1:]}


@pytest.mark.parametrize("table", S.TABLES, ids=lambda t: t.file)
def test_readme_documents_every_column(table):
    sections = readme_sections()
    assert table.file in sections, f"data/README.md has no '## {table.file}' section"
    section = sections[table.file]
    for col in (*table.columns, *table.optional_columns):
        assert re.search(rf"^\| `{re.escape(col.name)}` \|", section, flags=re.M), (
            f"data/README.md does not document {table.file} column {col.name}"
        )
    # an example row with a header that names the columns
    header = ",".join(c.name for c in (*table.columns, *table.optional_columns))
    assert header in section


def test_readme_example_rows_are_real_rows():
    for section_name, section in readme_sections().items():
        if not section_name.endswith(".csv"):
            continue
        raw = (DATA / section_name).read_bytes().decode("utf-8")
        lines = set(raw.splitlines())
        for block in re.findall(r"```csv\n(.*?)```", section, flags=re.S):
            for line in block.strip().splitlines():
                assert line in lines, f"{section_name}: example is not in the data: {line[:60]}…"


def test_readme_documents_the_sources_folder_and_offsets():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    assert "sources/" in text
    for name in SHA256:
        assert name in text
    for phrase in ("0-based", "exclusive", "text[start:end] == quote", "non-breaking space", "--check-data",
                   "CSV UTF-8", "100,000", "FILE:LINE: message", "ALL", "subject", "venue", "collective"):
        assert phrase in text, phrase

"""Tests for the synthetic dataset generator (app.synth).

The generator's output is checked twice: by a small self-contained checker
here (re-reading the CSVs with the csv module), and by the project's own
loader when it is available.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from app import synth

N_EVENTS = 50
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
KINDS = {"report", "speech", "policy", "legislation", "meeting", "publication", "other"}
ROLES = {"subject", "venue", "collective"}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under *folder*, by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def parse_date(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a YYYY, YYYY-MM or YYYY-MM-DD date."""
    m = DATE_RE.fullmatch(value)
    assert m, f"not an ISO date at year, month or day precision: {value!r}"
    year, month, day = (int(g) if g else None for g in m.groups())
    if day is not None:
        d = dt.date(year, month, day)  # raises for impossible dates
        return d, d
    if month is not None:
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first, last
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def check_dataset(folder: Path) -> dict:
    """Check a dataset folder against the format; return the tables for further tests."""
    events = read_csv(folder / "events.csv")
    themes = read_csv(folder / "themes.csv")
    councils = read_csv(folder / "councils.csv")
    statements = read_csv(folder / "statements.csv")
    mentions = read_csv(folder / "mentions.csv")

    for name in ("events.csv", "themes.csv", "councils.csv", "statements.csv", "mentions.csv"):
        data = (folder / name).read_bytes()
        data.decode("utf-8")
        assert b"\r" not in data, f"{name} should use \\n line endings"
        assert not data.startswith(b"\xef\xbb\xbf"), f"{name} should have no byte-order mark"

    def unique_ids(rows, key):
        ids = [r[key] for r in rows]
        assert all(ID_RE.fullmatch(i) for i in ids), f"bad {key}"
        assert len(set(ids)) == len(ids), f"duplicate {key}"
        return set(ids)

    event_ids = unique_ids(events, "event_id")
    theme_ids = unique_ids(themes, "theme_id")
    council_ids = unique_ids(councils, "council_id")
    unique_ids(statements, "statement_id")
    unique_ids(mentions, "mention_id")

    # Themes and councils.
    labels = [t["label"] for t in themes]
    assert all(labels) and len(set(labels)) == len(labels)
    assert len(councils) == 22
    tiles = [(int(c["tile_col"]), int(c["tile_row"])) for c in councils]
    assert all(col >= 0 and row >= 0 for col, row in tiles)
    assert len(set(tiles)) == len(tiles), "tile positions must be unique"
    assert all(re.fullmatch(r"W06\d{6}", c) for c in council_ids)

    # Events and their source texts.
    texts: dict[str, str] = {}
    for e in events:
        assert e["title"].strip()
        assert e["kind"] in KINDS
        assert e["date_approximate"] in ("true", "false")
        first, last = parse_date(e["date"])
        assert dt.date(1999, 1, 1) <= first and last <= dt.date(2025, 12, 31)
        if e.get("date_earliest"):
            assert parse_date(e["date_earliest"])[0] <= first
        if e.get("date_latest"):
            assert parse_date(e["date_latest"])[1] >= last
        if e["source_file"]:
            rel = e["source_file"]
            assert "\\" not in rel and not rel.startswith("/") and ".." not in rel.split("/")
            text = (folder / "sources" / rel).read_bytes().decode("utf-8")
            assert "\r" not in text
            texts[e["event_id"]] = text

    # Statements: theirs event has a text; quote is that text's exact slice.
    for s in statements:
        assert s["event_id"] in event_ids
        assert s["theme_id"] in theme_ids
        assert s["position"].strip() and "\n" not in s["position"]
        text = texts[s["event_id"]]  # KeyError: a statement on an event without a text
        start, end = int(s["start"]), int(s["end"])
        assert 0 <= start < end <= len(text)
        assert text[start:end] == s["quote"], s["statement_id"]

    # Mentions: council (or ALL) exists; roles consistent; exact offsets.
    for m in mentions:
        assert m["event_id"] in event_ids
        assert m["council_id"] in council_ids or m["council_id"] == "ALL"
        assert m["role"] in ROLES
        assert (m["role"] == "collective") == (m["council_id"] == "ALL")
        assert m["theme_id"] == "" or m["theme_id"] in theme_ids
        text = texts[m["event_id"]]
        start, end = int(m["start"]), int(m["end"])
        assert 0 <= start < end <= len(text)
        assert text[start:end] == m["quote"], m["mention_id"]

    return dict(
        events=events, themes=themes, councils=councils, statements=statements,
        mentions=mentions, texts=texts,
    )


# ---------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synth") / "ds"
    counts = synth.generate(out, N_EVENTS, seed=1)
    return out, counts


@pytest.fixture(scope="module")
def tables(generated) -> dict:
    return check_dataset(generated[0])


# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------


def test_files_written(generated):
    out, counts = generated
    for name in ("events.csv", "themes.csv", "councils.csv", "statements.csv", "mentions.csv"):
        assert (out / name).is_file()
    txt = list((out / "sources").rglob("*.txt"))
    assert len(txt) == counts["source_files"] == counts["events_with_source"]


def test_counts_match_files(generated, tables):
    _out, counts = generated
    assert counts["events"] == len(tables["events"]) == N_EVENTS
    assert counts["themes"] == len(tables["themes"]) == 200
    assert counts["councils"] == len(tables["councils"]) == 22
    assert counts["statements"] == len(tables["statements"])
    assert counts["mentions"] == len(tables["mentions"])
    roles = Counter(m["role"] for m in tables["mentions"])
    for role in ("subject", "venue", "collective"):
        assert counts[f"mentions_{role}"] == roles[role]


def test_ratios_roughly_right(tables):
    events = tables["events"]
    with_source = [e for e in events if e["source_file"]]
    referenced = [e for e in events if not e["source_file"]]
    approximate = [e for e in events if e["date_approximate"] == "true"]
    assert 1 <= len(referenced) <= 0.1 * N_EVENTS
    assert 1 <= len(approximate) <= 0.08 * N_EVENTS

    per_event_statements = len(tables["statements"]) / len(with_source)
    per_event_mentions = len(tables["mentions"]) / len(with_source)
    assert 7 <= per_event_statements <= 13
    assert 15 <= per_event_mentions <= 25

    roles = Counter(m["role"] for m in tables["mentions"])
    total = sum(roles.values())
    assert 0.03 <= roles["collective"] / total <= 0.14
    assert 0.05 <= roles["venue"] / total <= 0.16
    assert roles["subject"] / total >= 0.7

    lengths = [len(t) for t in tables["texts"].values()]
    assert min(lengths) >= 1500 and max(lengths) <= 8000
    assert 3000 <= sum(lengths) / len(lengths) <= 5000


def test_referenced_events_have_nothing_quoted(tables):
    referenced = {e["event_id"] for e in tables["events"] if not e["source_file"]}
    assert referenced
    assert not any(s["event_id"] in referenced for s in tables["statements"])
    assert not any(m["event_id"] in referenced for m in tables["mentions"])


def test_approximate_dates_are_mostly_coarse(tables):
    approx = [e["date"] for e in tables["events"] if e["date_approximate"] == "true"]
    assert approx
    coarse = [d for d in approx if len(d) < 10]
    assert len(coarse) >= len(approx) / 2


def test_council_frequencies_are_skewed(tables):
    by_name = {c["council_id"]: c["name_en"] for c in tables["councils"]}
    counts = Counter(by_name.get(m["council_id"]) for m in tables["mentions"] if m["council_id"] != "ALL")
    top = [name for name, _n in counts.most_common(3)]
    assert "Cardiff" in top
    assert counts["Cardiff"] > 2 * counts["Merthyr Tydfil"]


def test_quotes_exercise_csv_quoting(tables):
    quotes = [s["quote"] for s in tables["statements"]] + [m["quote"] for m in tables["mentions"]]
    assert any("," in q for q in quotes)
    assert any('"' in q for q in quotes)
    assert any("\n" in q for q in quotes)
    # Non-ASCII text means character offsets differ from byte offsets.
    assert any(len(t.encode("utf-8")) != len(t) for t in tables["texts"].values())


def test_collective_quotes_name_all_councils(tables):
    for m in tables["mentions"]:
        if m["council_id"] == "ALL":
            assert "22" in m["quote"] or "local authorit" in m["quote"] or "councils" in m["quote"]


def test_same_seed_same_bytes(generated, tmp_path):
    out, _counts = generated
    again = tmp_path / "again"
    synth.generate(again, N_EVENTS, seed=1)
    assert tree_bytes(again) == tree_bytes(out)


def test_different_seed_differs(generated, tmp_path):
    out, _counts = generated
    other = tmp_path / "other"
    synth.generate(other, N_EVENTS, seed=2)
    check_dataset(other)
    assert (other / "events.csv").read_bytes() != (out / "events.csv").read_bytes()
    assert (other / "statements.csv").read_bytes() != (out / "statements.csv").read_bytes()


# tmp_path itself is not empty (the shared conftest puts a home folder in it),
# so each test writes to a subfolder.


def test_refuses_non_empty_folder(tmp_path):
    out = tmp_path / "ds"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        synth.generate(out, 5)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_empty_existing_folder_is_fine(tmp_path):
    out = tmp_path / "ds"
    out.mkdir()
    synth.generate(out, 5)
    check_dataset(out)


def test_force_replaces_only_dataset_files(tmp_path):
    out = tmp_path / "ds"
    synth.generate(out, 30, seed=3)
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    synth.generate(out, 5, seed=3, force=True)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    # No stale texts from the larger run are left behind.
    assert len(list((out / "sources").rglob("*.txt"))) == len(
        [e for e in read_csv(out / "events.csv") if e["source_file"]]
    )
    check_dataset(out)


def test_derived_councils_when_no_curated_file(tmp_path, monkeypatch):
    monkeypatch.setattr(synth, "_curated_councils_csv", lambda: None)
    out = tmp_path / "ds"
    synth.generate(out, 10)
    tables = check_dataset(out)
    names = {c["name_en"] for c in tables["councils"]}
    assert {"Cardiff", "Swansea", "Newport", "Isle of Anglesey", "Merthyr Tydfil"} <= names
    assert list(tables["councils"][0]) == ["council_id", "name_en", "name_cy", "aliases", "tile_col", "tile_row"]
    load_with_project_loader(out)


def test_curated_councils_copied_verbatim(tmp_path):
    curated = synth._curated_councils_csv()
    if curated is None:
        pytest.skip("no curated data/councils.csv in this checkout")
    out = tmp_path / "ds"
    synth.generate(out, 5)
    assert (out / "councils.csv").read_bytes() == curated.read_bytes()


def test_command_line(tmp_path, capsys):
    out = tmp_path / "cli"
    assert synth.main(["--events", "12", "--out", str(out), "--seed", "4"]) == 0
    printed = capsys.readouterr().out.strip()
    assert "\n" not in printed and printed.startswith("Wrote 12 events")
    check_dataset(out)
    # A second run into the same, now non-empty, folder is refused...
    assert synth.main(["--events", "12", "--out", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    # ...unless forced.
    assert synth.main(["--events", "12", "--out", str(out), "--force"]) == 0


def test_command_line_rejects_bad_count(tmp_path):
    with pytest.raises(SystemExit):
        synth.main(["--events", "0", "--out", str(tmp_path / "x")])


def load_with_project_loader(folder: Path):
    """Load *folder* with the project's loader, failing with its problems listed."""
    dataset = pytest.importorskip("app.dataset")
    try:
        return dataset.load_dataset(folder)
    except dataset.DatasetError as exc:  # pragma: no cover - shows every problem on failure
        pytest.fail("loader rejected the synthetic dataset:\n" + "\n".join(exc.lines()[:30]))


def test_loads_with_project_loader(generated):
    out, counts = generated
    ds = load_with_project_loader(out)
    assert len(ds.events) == counts["events"]
    assert len(ds.statements) == counts["statements"]
    assert len(ds.mentions) == counts["mentions"]

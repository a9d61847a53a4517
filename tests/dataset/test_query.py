"""The query layer on the bundled dataset: comparison, filters, council counts, wording.

Expected values are worked out here from the CSV files and source texts directly, not
through the loader, so a mistake in either shows up.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from app.dataset.query import BOTH, LEFT, RIGHT, Filter, Query, describe_filter, resolve_council

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
REPORT, SPEECH = "inspection-report-2005", "conference-speech-2009"
CARDIFF, ANGLESEY, TORFAEN, BLAENAU = "W06000015", "W06000001", "W06000020", "W06000019"
SOURCE = {REPORT: "inspection-report.txt", SPEECH: "conference-speech.txt"}


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def source_text(name: str) -> str:
    return (DATA / "sources" / name).read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def q(bundled_dataset) -> Query:
    return Query(bundled_dataset)


def themes_by_event() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in read_csv("statements.csv"):
        out[r["event_id"]].add(r["theme_id"])
    return out


# --- the comparison ----------------------------------------------------------------------
def test_default_pair_is_report_then_speech(bundled_dataset):
    assert bundled_dataset.default_pair() == (REPORT, SPEECH)


def test_compare_default_rows_and_statuses(q):
    cmp = q.compare(Filter(), REPORT, SPEECH)
    by_event = themes_by_event()
    left, right = by_event[REPORT], by_event[SPEECH]
    expected = {}
    for t in left | right:
        expected[t] = BOTH if t in left and t in right else (LEFT if t in left else RIGHT)
    assert {row.theme_id: row.status for row in cmp.rows} == expected
    assert not cmp.council_mode
    # rows follow themes.csv order
    order = [r["theme_id"] for r in read_csv("themes.csv")]
    ids = [row.theme_id for row in cmp.rows]
    assert ids == [t for t in order if t in expected]
    # silence is shown as silence: no invented statements
    for row in cmp.rows:
        if row.status == LEFT:
            assert row.right.items == () and row.left.items
        if row.status == RIGHT:
            assert row.left.items == () and row.right.items
    assert cmp.themes_in_neither == len(set(order) - left - right)


def test_compare_cells_hold_every_statement_with_its_quote(q):
    cmp = q.compare(Filter(), REPORT, SPEECH)
    rows = read_csv("statements.csv")
    for row in cmp.rows:
        for cell, event in ((row.left, REPORT), (row.right, SPEECH)):
            want = {r["statement_id"] for r in rows if r["event_id"] == event and r["theme_id"] == row.theme_id}
            got = {e.item_id for e in cell.items}
            assert got == want, (row.theme_id, event)
            assert cell.in_scope == len(want)
            for e in cell.items:
                assert e.kind == "statement" and e.event_id == event
                assert source_text(SOURCE[event])[e.start:e.end] == e.quote


def test_summary_line(q):
    cmp = q.compare(Filter(), REPORT, SPEECH)
    by_event = themes_by_event()
    left, right = by_event[REPORT], by_event[SPEECH]
    both = len(left & right)
    assert q.comparison_summary(cmp) == (
        f"{both} themes in both · {len(left - right)} only in the report · {len(right - left)} only in the speech"
    )


def test_summary_line_singular(q):
    cmp = q.compare(Filter(themes=frozenset({"workforce"})), REPORT, SPEECH)
    assert q.comparison_summary(cmp) == "1 theme in both · 0 only in the report · 0 only in the speech"


def test_summary_names_events_of_the_same_kind_by_date(q):
    assert q.short_names(REPORT, SPEECH) == ("the report", "the speech")
    assert q.short_names(REPORT, REPORT) == ("c. January 2005", "c. January 2005")
    assert q.short_names(None, SPEECH) == ("the left event", "the right event")


def test_theme_filter_narrows_rows(q):
    f = Filter(themes=frozenset({"workforce", "service-redesign"}))
    cmp = q.compare(f, REPORT, SPEECH)
    assert [row.theme_id for row in cmp.rows] == ["workforce", "service-redesign"]
    assert [row.status for row in cmp.rows] == [BOTH, RIGHT]
    rows = read_csv("statements.csv")
    n_speech_workforce = sum(1 for r in rows if r["event_id"] == SPEECH and r["theme_id"] == "workforce")
    assert len(cmp.rows[0].right.items) == n_speech_workforce
    assert q.statement_mask(f).sum() == sum(1 for r in rows if r["theme_id"] in f.themes)


def test_council_filter_switches_to_mentions_with_collective_ones(q):
    cmp = q.compare(Filter(councils=frozenset({CARDIFF})), REPORT, SPEECH)
    assert cmp.council_mode
    items = [e for row in cmp.rows for e in (*row.left.items, *row.right.items)]
    assert items and all(e.kind == "mention" for e in items)
    assert {e.council_id for e in items} == {CARDIFF, "ALL"}
    for e in items:
        assert e.is_collective == (e.council_id == "ALL")
        assert (e.role == "collective") == e.is_collective
    mentions = read_csv("mentions.csv")
    want = {m["mention_id"] for m in mentions if m["council_id"] in (CARDIFF, "ALL") and m["event_id"] in (REPORT, SPEECH)}
    assert {e.item_id for e in items} == want
    cardiff = {e.item_id: e.role for e in items if e.council_id == CARDIFF}
    assert sorted(cardiff.values()) == ["subject", "subject", "venue"]
    # the speech never names Cardiff: only collective references on its side
    assert all(e.is_collective for row in cmp.rows for e in row.right.items)


def test_council_named_by_neither_document_gives_only_collective_items(q):
    cmp = q.compare(Filter(councils=frozenset({ANGLESEY})), REPORT, SPEECH)
    items = [e for row in cmp.rows for e in (*row.left.items, *row.right.items)]
    n_all = sum(1 for m in read_csv("mentions.csv") if m["council_id"] == "ALL")
    assert len(items) == n_all > 0
    assert all(e.is_collective and e.role == "collective" for e in items)


def test_council_filter_without_collective(q, bundled_dataset):
    f = Filter(councils=frozenset({CARDIFF}))
    with_all = q.mention_mask(f)
    only = q.mention_mask(f, collective=False)
    ids = bundled_dataset.mentions["mention_id"].to_numpy()
    assert set(ids[only]) == {m["mention_id"] for m in read_csv("mentions.csv") if m["council_id"] == CARDIFF}
    assert only.sum() < with_all.sum()
    assert not q.mention_mask(Filter(councils=frozenset({ANGLESEY})), collective=False).any()


@pytest.mark.parametrize("needle", ["re-engineer", "RE-ENGINEER", "re\u2010engineer", "re\u2011engineer", "\u201cre-engineer\u201d", '"re-engineer"'])
def test_text_filter_is_case_and_typography_insensitive(q, needle):
    cmp = q.compare(Filter(text=needle), REPORT, SPEECH)
    items = {e.item_id for row in cmp.rows for e in (*row.left.items, *row.right.items)}
    # worked out from the CSV: statements whose position or quote has re-engineer in any form
    def folded(s: str) -> str:
        return s.lower().replace("\u201c", '"').replace("\u201d", '"').replace("\u2010", "-").replace("\u2011", "-")
    target = folded(needle)
    want = {r["statement_id"] for r in read_csv("statements.csv")
            if target in folded(r["position"] + "\n" + r["quote"]) and r["event_id"] in (REPORT, SPEECH)}
    assert items == want
    assert "s02" in items  # the speech's curly-quoted “re-engineer”
    if '"' not in target:
        assert "s07" in items  # “a re-engineering”
    assert all(e.event_id == SPEECH for row in cmp.rows for e in (*row.left.items, *row.right.items))


def test_text_filter_keeps_status_but_narrows_items(q):
    cmp = q.compare(Filter(text="re-engineer"), REPORT, SPEECH)
    assert all(row.left.items or row.right.items for row in cmp.rows)
    full = {row.theme_id: row for row in q.compare(Filter(), REPORT, SPEECH).rows}
    for row in cmp.rows:
        assert len(row.right.items) <= len(full[row.theme_id].right.items)
        assert row.right.in_scope == len(full[row.theme_id].right.items)


def test_text_filter_with_no_match(q):
    cmp = q.compare(Filter(text="no such words anywhere"), REPORT, SPEECH)
    assert cmp.rows == ()
    assert q.comparison_summary(cmp) == "0 themes in both · 0 only in the report · 0 only in the speech"


def test_text_filter_on_mentions(q, bundled_dataset):
    f = Filter(councils=frozenset({CARDIFF}), text="SUMMIT")
    ids = bundled_dataset.mentions["mention_id"].to_numpy()
    assert set(ids[q.mention_mask(f)]) == {"rm08"}  # its note speaks of the summit


def test_event_filter_excludes_the_other_cell(q):
    cmp = q.compare(Filter(events=frozenset({SPEECH})), REPORT, SPEECH)
    assert all(row.left.excluded and not row.right.excluded for row in cmp.rows)
    assert all(row.left.items == () for row in cmp.rows)
    assert {row.theme_id for row in cmp.rows} == themes_by_event()[SPEECH]


# --- the timeline's event mask ----------------------------------------------------------------
def mask_ids(ds, mask) -> set[str]:
    return set(ds.events["event_id"].to_numpy()[mask])


def test_event_mask_without_filters_shows_everything(q, bundled_dataset):
    assert q.event_mask(Filter()).all()
    assert len(q.event_mask(Filter())) == len(bundled_dataset.events)


def test_event_mask_by_event(q, bundled_dataset):
    f = Filter(events=frozenset({"wlga-summit-2005", SPEECH}))
    assert mask_ids(bundled_dataset, q.event_mask(f)) == {"wlga-summit-2005", SPEECH}


def test_event_mask_by_theme(q, bundled_dataset):
    assert mask_ids(bundled_dataset, q.event_mask(Filter(themes=frozenset({"named-councils"})))) == {REPORT}
    assert mask_ids(bundled_dataset, q.event_mask(Filter(themes=frozenset({"service-redesign"})))) == {SPEECH}
    assert mask_ids(bundled_dataset, q.event_mask(Filter(themes=frozenset({"workforce"})))) == {REPORT, SPEECH}


def test_event_mask_by_council(q, bundled_dataset):
    # the report names Cardiff; the speech only refers to all councils, which includes Cardiff
    assert mask_ids(bundled_dataset, q.event_mask(Filter(councils=frozenset({CARDIFF})))) == {REPORT, SPEECH}
    assert mask_ids(bundled_dataset, q.event_mask(Filter(councils=frozenset({ANGLESEY})))) == {REPORT, SPEECH}


def test_event_mask_by_text_includes_titles(q, bundled_dataset):
    # "summit": a report statement quotes it, and the summit event's title has it
    assert mask_ids(bundled_dataset, q.event_mask(Filter(text="Summit"))) == {REPORT, "wlga-summit-2005"}
    # "Making the Connections": the policy's own title, and the speech that cites it
    got = mask_ids(bundled_dataset, q.event_mask(Filter(text="making the connections")))
    assert got == {"making-the-connections-2004", SPEECH}


def test_event_mask_combines_filters(q, bundled_dataset):
    f = Filter(themes=frozenset({"named-councils"}), events=frozenset({SPEECH}))
    assert mask_ids(bundled_dataset, q.event_mask(f)) == set()


# --- councils ----------------------------------------------------------------------------
def test_council_counts_and_rates(q):
    out = q.council_counts(Filter(), [REPORT, SPEECH]).set_index("council_id")
    mentions = read_csv("mentions.csv")
    report_words = len(source_text("inspection-report.txt").split())
    speech_words = len(source_text("conference-speech.txt").split())
    assert len(out) == 22
    for cid, row in out.iterrows():
        n_report = sum(1 for m in mentions if m["council_id"] == cid and m["event_id"] == REPORT)
        n_speech = sum(1 for m in mentions if m["council_id"] == cid and m["event_id"] == SPEECH)
        assert row[f"count:{REPORT}"] == n_report
        assert row[f"count:{SPEECH}"] == n_speech
        assert row["total"] == n_report + n_speech
        assert row[f"rate:{REPORT}"] == pytest.approx(n_report * 1000 / report_words)
        assert row[f"rate:{SPEECH}"] == pytest.approx(n_speech * 1000 / speech_words)
    # Cardiff: twice as a subject and once as the summit's venue
    assert out.at[CARDIFF, f"count:{REPORT}"] == 3
    assert out.at[CARDIFF, f"rate:{REPORT}"] == pytest.approx(3000 / report_words)
    assert out.at[BLAENAU, f"count:{REPORT}"] == 2
    assert out.at[TORFAEN, f"count:{REPORT}"] == 1
    assert out.at[ANGLESEY, "total"] == 0
    assert out[f"count:{SPEECH}"].sum() == 0  # the speech names no council


def test_council_counts_under_filters(q):
    by_theme = q.council_counts(Filter(themes=frozenset({"named-councils"})), [REPORT]).set_index("council_id")
    assert by_theme.at[CARDIFF, f"count:{REPORT}"] == 1  # only 'doing better'
    only = q.council_counts(Filter(councils=frozenset({CARDIFF, TORFAEN})), [REPORT])
    assert sorted(only["council_id"]) == [CARDIFF, TORFAEN]
    assert dict(zip(only["council_id"], only[f"count:{REPORT}"])) == {CARDIFF: 3, TORFAEN: 1}


def test_collective_counts(q):
    mentions = read_csv("mentions.csv")
    want = {e: sum(1 for m in mentions if m["council_id"] == "ALL" and m["event_id"] == e) for e in (REPORT, SPEECH)}
    assert q.collective_counts(Filter(), [REPORT, SPEECH]) == want
    assert all(v > 0 for v in want.values())


def test_unnamed_councils(q):
    mentions = read_csv("mentions.csv")
    councils = [c["council_id"] for c in read_csv("councils.csv")]
    named = {m["council_id"] for m in mentions}
    assert q.unnamed_councils() == [c for c in councils if c not in named]
    assert ANGLESEY in q.unnamed_councils() and CARDIFF not in q.unnamed_councils()
    assert q.unnamed_councils([SPEECH]) == councils  # the speech names none
    assert len(q.unnamed_councils([REPORT])) == 22 - 5


def test_council_mentions_in_order(q):
    rows = q.council_mentions(Filter(), CARDIFF)
    assert set(rows["council_id"].astype(str)) == {CARDIFF, "ALL"}
    key = list(zip(rows["event_id"].cat.codes, rows["start"]))
    assert key == sorted(key)


def test_passages_with_council_filter_overlap_its_mentions(q):
    statements, mentions = q.passages(Filter(councils=frozenset({CARDIFF})), REPORT)
    assert any(m.council_id == CARDIFF for m in mentions)
    for s in statements:
        assert any(m.start < s.end and s.start < m.end for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_text_matches_positions(q):
    text = source_text("conference-speech.txt")
    spans = q.text_matches(Filter(text='"RE-ENGINEER'), SPEECH)
    assert spans and all(text[a:b].lower().replace("\u201c", '"') == '"re-engineer' for a, b in spans)


# --- wording -------------------------------------------------------------------------------
def test_describe_filter(bundled_dataset):
    ds = bundled_dataset
    assert describe_filter(ds, Filter()) == "No filters: everything is shown"
    assert describe_filter(ds, Filter(text="  ")) == "No filters: everything is shown"
    assert describe_filter(ds, Filter(councils=frozenset({TORFAEN, CARDIFF}))) == (
        "Councils: Cardiff, Torfaen (with references to all councils)"
    )
    assert describe_filter(ds, Filter(text=" summit ")) == "Text: “summit”"
    labels = {r["theme_id"]: r["label"] for r in read_csv("themes.csv")}
    assert describe_filter(ds, Filter(themes=frozenset({"workforce", "resources"}))) == (
        f"Themes: {labels['resources']}, {labels['workforce']}"  # in themes.csv order
    )
    titles = {r["event_id"]: r["title"] for r in read_csv("events.csv")}
    full = describe_filter(
        ds, Filter(councils=frozenset({CARDIFF}), events=frozenset({SPEECH}), text="summit")
    )
    assert full == (
        "Councils: Cardiff (with references to all councils) · "
        f"Events: {titles[SPEECH]} · Text: “summit”"
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        ("W06000015", CARDIFF),
        ("w06000015", CARDIFF),
        ("Cardiff", CARDIFF),
        ("  cardiff ", CARDIFF),
        ("Caerdydd", CARDIFF),
        ("City of Cardiff", CARDIFF),
        ("Ynys Môn", ANGLESEY),
        ("Ynys Mon", ANGLESEY),
        ("Anglesey", ANGLESEY),
        ("Tor-faen", TORFAEN),
        ("RCT", "W06000016"),
        ("the Vale", "W06000014"),
        ("Castell-nedd Port Talbot", "W06000012"),
        ("Narnia", None),
        ("", None),
        ("ALL", None),
    ],
)
def test_resolve_council(bundled_dataset, name, expected):
    assert resolve_council(bundled_dataset, name) == expected


def test_masks_are_boolean_arrays_of_the_right_length(q, bundled_dataset):
    f = Filter(themes=frozenset({"resources"}), text="budget")
    sm, mm = q.statement_mask(f), q.mention_mask(f)
    assert sm.dtype == np.bool_ and len(sm) == len(bundled_dataset.statements)
    assert mm.dtype == np.bool_ and len(mm) == len(bundled_dataset.mentions)
    st = bundled_dataset.statements
    expect = (st["theme_id"].astype(str) == "resources") & (st["position"] + "\n" + st["quote"]).str.lower().str.contains("budget")
    assert (sm == expect.to_numpy()).all()

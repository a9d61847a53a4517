"""The query layer on the bundled dataset: comparison, filters, council counts, wording.

Expected values are worked out here from the CSV files and source texts directly, not
through the loader, so a mistake in either shows up.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
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


# --- council counts on a generated dataset, against a count made here ------------------------------
GENERATED_EVENTS = 60


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from app.dataset import load_dataset
    from app.synth import generate

    folder = tmp_path_factory.mktemp("generated") / "data"
    generate(folder, GENERATED_EVENTS, seed=11)
    return folder, load_dataset(folder)


def plain_mentions(ds) -> pd.DataFrame:
    me = ds.mentions
    return pd.DataFrame({
        "event": me["event_id"].astype(str).to_numpy(),
        "council": me["council_id"].astype(str).to_numpy(),
        "theme": me["theme_id"].astype(object).to_numpy(),
        "note": me["note"].astype(str).str.lower().to_numpy(),
        "quote": me["quote"].astype(str).str.lower().to_numpy(),
    })


def counted_mentions(ds, f: Filter) -> pd.DataFrame:
    """Mentions naming one council (not the collective ALL) that pass the theme, event and text
    filters; the council filter does not apply here (it picks the rows of the result)."""
    me = plain_mentions(ds)
    keep = me["council"] != "ALL"
    if f.themes:
        keep &= me["theme"].isin(f.themes)
    if f.events:
        keep &= me["event"].isin(f.events)
    needle = f.text.strip().lower()
    if needle:
        keep &= me["note"].str.contains(needle, regex=False) | me["quote"].str.contains(needle, regex=False)
    return me[keep]


def words_in_source(folder: Path, event_id: str) -> int:
    events = pd.read_csv(folder / "events.csv", dtype=str, keep_default_na=False).set_index("event_id")
    name = events.at[event_id, "source_file"]
    return len((folder / "sources" / name).read_text(encoding="utf-8").split()) if name else 0


def expected_council_counts(folder, ds, f: Filter, event_ids) -> dict[str, list]:
    councils = pd.read_csv(folder / "councils.csv", dtype=str, keep_default_na=False)["council_id"].tolist()
    if f.councils:
        councils = [c for c in councils if c in f.councils]
    counted = counted_mentions(ds, f)
    out: dict[str, list] = {"council_id": councils}
    per_council = counted.groupby("council").size()
    out["total"] = [int(per_council.get(c, 0)) for c in councils]
    for e in event_ids:
        of_event = counted[counted["event"] == e].groupby("council").size()
        counts = [int(of_event.get(c, 0)) for c in councils]
        words = words_in_source(folder, e)
        out[f"count:{e}"] = counts
        out[f"rate:{e}"] = [n * 1000 / words if words else math.nan for n in counts]
    return out


@pytest.fixture(scope="module")
def council_cases(generated):
    """Filters made from what the generated data holds, so that each one narrows something."""
    folder, ds = generated
    me = plain_mentions(ds)
    named = me[me["council"] != "ALL"]
    themes = named["theme"].dropna().value_counts().index.tolist()
    councils = named["council"].value_counts().index.tolist()
    by_event = named["event"].value_counts()
    no_source = ds.events.loc[~ds.events["has_source"], "event_id"].tolist()
    silent = [e for e in ds.events["event_id"] if e not in by_event.index]
    assert len(themes) >= 2 and len(councils) >= 2 and no_source
    busiest, second, quiet = by_event.index[0], by_event.index[1], by_event.index[-1]
    requested = list(dict.fromkeys([busiest, second, no_source[0], quiet, *silent[:1], ds.events["event_id"].iloc[-1]]))
    others = [e for e in by_event.index if e not in requested]
    unnamed = [c for c in ds.councils["council_id"] if c not in set(councils)]
    word = "unfavourably"
    hits = me["note"].str.contains(word) | me["quote"].str.contains(word)
    assert 0 < hits.sum() < len(me)  # the word narrows the mentions without emptying them
    t1, t2, c1 = themes[0], themes[1], councils[0]
    cases = {
        "none": Filter(),
        "one-theme": Filter(themes=frozenset({t1})),
        "two-themes": Filter(themes=frozenset({t1, t2})),
        "one-council": Filter(councils=frozenset({c1})),
        "councils-incl-unnamed": Filter(councils=frozenset({c1, councils[-1], *unnamed[:1]})),
        "council-and-theme": Filter(councils=frozenset({c1}), themes=frozenset({t2})),
        "events-in-and-out": Filter(events=frozenset({busiest, others[0]})),  # second is left out
        "events-none-requested": Filter(events=frozenset(others[:2])),
        "text": Filter(text=word),
        "text-upper-spaced": Filter(text="  UNFAVOURABLY "),
        "text-in-quotes": Filter(text=ds.council_name(c1).upper()),  # quotes name the council
        "text-nowhere": Filter(text="zzq no such words"),
        "theme-events-text": Filter(themes=frozenset({t1, t2}), events=frozenset({busiest, second}), text=word),
        "everything": Filter(councils=frozenset({c1, councils[1]}), themes=frozenset({t1}),
                             events=frozenset({busiest, quiet}), text="council"),
    }
    return folder, ds, requested, cases


CASE_NAMES = ["none", "one-theme", "two-themes", "one-council", "councils-incl-unnamed", "council-and-theme",
              "events-in-and-out", "events-none-requested", "text", "text-upper-spaced", "text-in-quotes",
              "text-nowhere", "theme-events-text", "everything"]


@pytest.fixture(scope="module")
def shared_query(generated):
    """One Query for every case, as the application keeps one: its remembered masks must never
    answer for another filter."""
    return Query(generated[1])


@pytest.mark.parametrize("case", CASE_NAMES)
def test_council_count_columns_match_an_independent_count(council_cases, shared_query, case):
    folder, ds, requested, cases = council_cases
    f = cases[case]
    want = expected_council_counts(folder, ds, f, requested)
    for q in (shared_query, Query(ds)):
        got = q.council_count_columns(f, requested)
        assert set(got) == {"council_id", "name_en", "name_cy", "tile_col", "tile_row", "total",
                            *(f"count:{e}" for e in requested), *(f"rate:{e}" for e in requested)}
        assert got["council_id"].tolist() == want["council_id"]
        assert got["total"].tolist() == want["total"], case
        for e in requested:
            assert got[f"count:{e}"].tolist() == want[f"count:{e}"], (case, e)
            np.testing.assert_allclose(got[f"rate:{e}"], want[f"rate:{e}"], rtol=1e-12, equal_nan=True)
        names = ds.councils.set_index("council_id")["name_en"]
        assert got["name_en"].tolist() == [names[c] for c in want["council_id"]]
        assert all(len(v) == len(want["council_id"]) for v in got.values())


@pytest.mark.parametrize("case", ["none", "one-council", "events-in-and-out", "everything"])
def test_council_counts_frame_and_totals_off(council_cases, case):
    folder, ds, requested, cases = council_cases
    f = cases[case]
    q = Query(ds)
    want = expected_council_counts(folder, ds, f, requested)
    frame = q.council_counts(f, requested)
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(want["council_id"])
    assert frame["council_id"].tolist() == want["council_id"]
    assert frame["total"].tolist() == want["total"]
    for e in requested:
        assert frame[f"count:{e}"].tolist() == want[f"count:{e}"]
        np.testing.assert_allclose(frame[f"rate:{e}"].to_numpy(), want[f"rate:{e}"], equal_nan=True)
    columns = q.council_count_columns(f, requested, totals=False)
    assert "total" not in columns
    assert list(columns) == [c for c in frame.columns if c != "total"]
    for name, values in columns.items():
        np.testing.assert_array_equal(values, frame[name].to_numpy())  # NaN rates included


def test_council_counts_cases_are_not_trivial(council_cases):
    """The independent count itself must vary with the filters, or the comparison proves little."""
    folder, ds, requested, cases = council_cases
    totals = {name: sum(expected_council_counts(folder, ds, f, requested)["total"]) for name, f in cases.items()}
    assert totals["none"] > totals["one-theme"] > 0
    assert totals["two-themes"] > totals["one-theme"]
    assert 0 < totals["text"] < totals["none"] and totals["text-upper-spaced"] == totals["text"]
    assert totals["text-nowhere"] == 0 and 0 < totals["text-in-quotes"] < totals["none"]
    excluded = [e for e in requested if e not in cases["events-in-and-out"].events]
    assert any(sum(expected_council_counts(folder, ds, Filter(), [e])[f"count:{e}"]) for e in excluded)
    no_source = [e for e in requested if words_in_source(folder, e) == 0]
    assert no_source  # a rate of NaN is checked


def test_council_filter_picks_rows_without_changing_counts(council_cases):
    folder, ds, requested, cases = council_cases
    q = Query(ds)
    every = q.council_count_columns(Filter(), requested)
    some = q.council_count_columns(cases["councils-incl-unnamed"], requested)
    rows = [every["council_id"].tolist().index(c) for c in some["council_id"]]
    assert len(rows) == len(cases["councils-incl-unnamed"].councils)
    for name in some:
        if name.startswith(("count:", "total")):
            assert some[name].tolist() == every[name][rows].tolist()


# --- remembered masks ----------------------------------------------------------------------------
def mask_filters(ds) -> list[Filter]:
    themes = ds.themes["theme_id"].tolist()
    councils = ds.councils["council_id"].tolist()
    events = ds.events["event_id"].tolist()
    return [
        Filter(),
        Filter(themes=frozenset(themes[:1])),
        Filter(themes=frozenset(themes[:3])),
        Filter(councils=frozenset(councils[:1])),
        Filter(councils=frozenset(councils[:2]), themes=frozenset(themes[:2])),
        Filter(events=frozenset(events[:5])),
        Filter(text="council"),
        Filter(text="unfavourably", events=frozenset(events[:30])),
        Filter(councils=frozenset(councils[14:15]), text="leading"),
        Filter(themes=frozenset(themes[5:40]), events=frozenset(events[10:50])),
        Filter(events=frozenset(events[-3:]), text="the"),
        Filter(councils=frozenset(councils[3:9])),
    ]


def expected_mention_mask(ds, f: Filter, use_text=True, collective=True) -> np.ndarray:
    me = plain_mentions(ds)
    keep = np.ones(len(me), dtype=bool)
    if f.councils:
        keep &= me["council"].isin(f.councils | ({"ALL"} if collective else set())).to_numpy()
    if f.themes:
        keep &= me["theme"].isin(f.themes).to_numpy()
    if f.events:
        keep &= me["event"].isin(f.events).to_numpy()
    needle = f.text.strip().lower()
    if use_text and needle:
        found = me["note"].str.contains(needle, regex=False) | me["quote"].str.contains(needle, regex=False)
        keep &= found.to_numpy()
    return keep


def test_masks_are_read_only_remembered_and_right(generated):
    _, ds = generated
    q = Query(ds)
    filters = mask_filters(ds)
    assert len(filters) > Query.MASKS_KEPT  # more than the memo holds
    for f in filters:
        for call, args in [(q.mention_mask, {}), (q.mention_mask, {"collective": False}),
                           (q.mention_mask, {"use_text": False}), (q.statement_mask, {}),
                           (q.statement_mask, {"use_text": False})]:
            mask = call(f, **args)
            assert mask.flags.writeable is False
            with pytest.raises(ValueError):
                mask[0] = not mask[0]
            with pytest.raises(ValueError):
                mask &= False
            assert call(f, **args) is mask  # asked again at once: the same answer
            fresh = getattr(Query(ds), call.__name__)(f, **args)
            assert np.array_equal(mask, fresh), (f, call.__name__, args)
            if call == q.mention_mask:
                assert np.array_equal(mask, expected_mention_mask(ds, f, **args)), (f, args)
            assert len(q._masks) <= Query.MASKS_KEPT
    assert len(q._masks) == Query.MASKS_KEPT

    # Asked again after the memo has moved on, an early filter still gets the right answer.
    for f in filters[:3]:
        assert np.array_equal(q.mention_mask(f), expected_mention_mask(ds, f))
        assert q.mention_mask(f).flags.writeable is False
    assert len(q._masks) <= Query.MASKS_KEPT


def test_mask_variants_are_remembered_apart(generated):
    _, ds = generated
    q = Query(ds)
    council = plain_mentions(ds).query("council != 'ALL'")["council"].iloc[0]
    f = Filter(councils=frozenset({council}), text="council")
    with_all = q.mention_mask(f)
    without_all = q.mention_mask(f, collective=False)
    no_text = q.mention_mask(f, use_text=False)
    assert with_all is not without_all and with_all is not no_text
    assert without_all.sum() <= with_all.sum() <= no_text.sum()
    assert np.array_equal(without_all, expected_mention_mask(ds, f, collective=False))
    assert np.array_equal(no_text, expected_mention_mask(ds, f, use_text=False))
    assert np.array_equal(q.mention_mask(f), expected_mention_mask(ds, f))
    # The council filter does not apply to statements: one remembered answer for both.
    assert q.statement_mask(f) is q.statement_mask(f.with_councils(()))
    assert len(q.statement_mask(f)) == len(ds.statements) and len(with_all) == len(ds.mentions)

"""Citations and quote contexts."""

from app.dataset.cite import citation, context, role_text, source_reference
from app.dataset.query import Filter, Query


def test_context_is_the_sentence_around_a_mention(bundled_dataset):
    ds = bundled_dataset
    text = ds.text_of("inspection-report-2005")
    i = text.index("Torfaen")
    before, span, after = context(text, i, i + len("Torfaen"))
    assert span == "Torfaen"
    assert before.startswith("Mr Williams said three local authorities")
    assert after == ", were much improved."
    assert (before + span + after) in text


def test_context_drops_the_sentence_opening_quotation_mark(bundled_dataset):
    text = bundled_dataset.text_of("conference-speech-2009")
    i = text.index("local councils")
    before, span, after = context(text, i, i + len("local councils"))
    assert before.startswith("Social services will need")
    assert after.endswith("other bodies.")


def test_context_is_bounded():
    text = "x" * 5000 + " Cardiff " + "y" * 5000
    before, span, after = context(text, 5001, 5008, limit=100)
    assert span == "Cardiff"
    assert before.startswith("…") and after.endswith("…")
    assert len(before) + len(after) <= 100


def test_citation_names_speaker_document_date_and_offsets(bundled_dataset):
    ds = bundled_dataset
    cmp = Query(ds).compare(Filter(), *ds.default_pair())
    ev = cmp.rows[0].right.items[0]
    text = citation(ds, ev)
    assert text.startswith("“")
    assert "Rhodri Morgan, First Minister for Wales" in text
    assert "18 June 2009" in text
    assert f"conference-speech.txt, characters {ev.start}–{ev.end}" in text
    assert source_reference(ds, ev) in text


def test_role_text(bundled_dataset):
    ds = bundled_dataset
    q = Query(ds)
    rows = q.council_mentions(Filter(), "W06000015")
    roles = set()
    for r in rows.itertuples(index=False):
        from app.dataset.query import Evidence

        ev = Evidence("mention", r.mention_id, r.event_id, None, r.note, r.quote, r.start, r.end, r.role, r.council_id)
        roles.add(role_text(ds, ev))
    assert {"About Cardiff", "Venue only: Cardiff", "All councils (collective)"} <= roles

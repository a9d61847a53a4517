"""Synthetic dataset generator for Cymharu.

Writes a dataset folder in the same format as the bundled ``data/`` folder
(``events.csv``, ``themes.csv``, ``statements.csv``, ``mentions.csv``,
``councils.csv`` and ``sources/``) with as many events as asked for, so the
loader, the views and the benchmark can be exercised at realistic scale.

    python -m app.synth --events 10000 --out /tmp/cymharu-10k --seed 1

The output is deterministic for a given seed and event count. Everything is
streamed straight to disk with the ``csv`` module; no large frames are built.

Ratios, per event with a source text: about 10 statements and 20 council
mentions (roughly 8 % collective, 10 % venue, the rest subject). Across all
events: 3 % approximate dates (most with a date_earliest/date_latest band)
and 5 % referenced-only events (no source file, no statements, no mentions).
There are always 200 themes and the 22 councils. Source texts are spread over
subfolders of ``sources/`` holding 1,000 each (``sources/000/ev-000001.txt``).

Every ``quote`` is an exact slice of its source text: ``text[start:end]`` with
0-based, end-exclusive indices counted in characters (code points) of the text
decoded as UTF-8. The texts deliberately contain non-ASCII characters (ŷ, â, ô,
£, en dashes, curly quotes), so byte offsets would not match.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import random
import re
import shutil
import sys
import time
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

__all__ = ["generate", "main", "OUTPUT_NAMES"]

# Files and folders that make up a dataset; ``--force`` removes only these.
OUTPUT_NAMES = (
    "events.csv",
    "themes.csv",
    "statements.csv",
    "mentions.csv",
    "councils.csv",
    "sources",
)

EVENT_KINDS = ("report", "speech", "policy", "legislation", "meeting", "publication", "other")
_KIND_WEIGHTS = (24, 20, 15, 5, 14, 16, 6)

THEME_COUNT = 200
APPROXIMATE_SHARE = 0.03
REFERENCED_ONLY_SHARE = 0.05
FIRST_DAY = _dt.date(1999, 1, 1)
LAST_DAY = _dt.date(2025, 12, 31)

# ---------------------------------------------------------------------------
# Councils
# ---------------------------------------------------------------------------

# The 22 principal councils of Wales: ONS code, English name, Welsh name, and
# a tile-map position (column, row; row 0 is the north). Tiles keep rough
# geography: Anglesey top left, the north-east along the top, mid Wales in the
# middle and the crowded south-east spread over three rows. Embedded so the
# generator works from a fresh clone; a curated data/councils.csv is
# preferred when present.
_COUNCILS = (
    ("W06000001", "Isle of Anglesey", "Ynys Môn", 1, 0),
    ("W06000003", "Conwy", "Conwy", 2, 0),
    ("W06000004", "Denbighshire", "Sir Ddinbych", 3, 0),
    ("W06000005", "Flintshire", "Sir y Fflint", 4, 0),
    ("W06000002", "Gwynedd", "Gwynedd", 2, 1),
    ("W06000023", "Powys", "Powys", 3, 1),
    ("W06000006", "Wrexham", "Wrecsam", 4, 1),
    ("W06000008", "Ceredigion", "Ceredigion", 2, 2),
    ("W06000009", "Pembrokeshire", "Sir Benfro", 1, 3),
    ("W06000010", "Carmarthenshire", "Sir Gaerfyrddin", 2, 3),
    ("W06000012", "Neath Port Talbot", "Castell-nedd Port Talbot", 3, 3),
    ("W06000024", "Merthyr Tydfil", "Merthyr Tudful", 4, 3),
    ("W06000019", "Blaenau Gwent", "Blaenau Gwent", 5, 3),
    ("W06000021", "Monmouthshire", "Sir Fynwy", 6, 3),
    ("W06000011", "Swansea", "Abertawe", 2, 4),
    ("W06000013", "Bridgend", "Pen-y-bont ar Ogwr", 3, 4),
    ("W06000016", "Rhondda Cynon Taf", "Rhondda Cynon Taf", 4, 4),
    ("W06000018", "Caerphilly", "Caerffili", 5, 4),
    ("W06000020", "Torfaen", "Tor-faen", 6, 4),
    ("W06000014", "Vale of Glamorgan", "Bro Morgannwg", 4, 5),
    ("W06000015", "Cardiff", "Caerdydd", 5, 5),
    ("W06000022", "Newport", "Casnewydd", 6, 5),
)

# How often each council is named, relative to the others. Skewed so that a
# choropleth of mentions has some contrast: the cities dominate.
_COUNCIL_WEIGHTS = {
    "cardiff": 12.0,
    "swansea": 7.0,
    "newport": 6.0,
    "rhondda cynon taf": 3.5,
    "wrexham": 3.0,
    "caerphilly": 2.5,
    "carmarthenshire": 2.5,
    "gwynedd": 2.5,
    "powys": 2.5,
    "bridgend": 2.0,
    "flintshire": 2.0,
    "pembrokeshire": 2.0,
    "neath port talbot": 2.0,
    "conwy": 1.8,
    "vale of glamorgan": 1.8,
    "denbighshire": 1.5,
    "ceredigion": 1.5,
    "monmouthshire": 1.5,
    "torfaen": 1.2,
    "isle of anglesey": 1.2,
    "blaenau gwent": 1.0,
    "merthyr tydfil": 1.0,
}
_DEFAULT_COUNCIL_WEIGHT = 1.5

_COUNCIL_COLUMNS = ("council_id", "name_en", "name_cy", "aliases", "tile_col", "tile_row")


def _curated_councils_csv() -> Path | None:
    """The project's curated councils.csv, if it exists."""
    try:
        from app.paths import data_dir
    except ImportError:  # pragma: no cover - running outside the package
        return None
    path = data_dir() / "councils.csv"
    return path if path.is_file() else None


def _write_councils(out_dir: Path, source: Path | None) -> list[tuple[str, str, float]]:
    """Write councils.csv and return (council_id, name_en, weight) rows.

    A curated file is copied byte for byte; otherwise the table is derived
    from the embedded list of councils.
    """
    target = out_dir / "councils.csv"
    if source is not None:
        shutil.copyfile(source, target)
        with open(source, encoding="utf-8-sig", newline="") as fh:
            rows = [
                (row["council_id"].strip(), row["name_en"].strip())
                for row in csv.DictReader(fh)
                if (row.get("council_id") or "").strip() and (row.get("name_en") or "").strip()
            ]
        if not rows:
            raise ValueError(f"{source} has no usable council_id/name_en rows")
    else:
        with open(target, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(_COUNCIL_COLUMNS)
            for code, en, cy, col, row in sorted(_COUNCILS):
                writer.writerow((code, en, cy, "", col, row))
        rows = [(c[0], c[1]) for c in sorted(_COUNCILS)]
    return [
        (cid, name, _COUNCIL_WEIGHTS.get(name.lower(), _DEFAULT_COUNCIL_WEIGHT))
        for cid, name in rows
    ]


# ---------------------------------------------------------------------------
# Themes
# ---------------------------------------------------------------------------

# (label form, slug, mid-sentence form)
_DOMAINS = (
    ("Social services", "social-services", "social services"),
    ("Adult social care", "adult-social-care", "adult social care"),
    ("Children's services", "childrens-services", "children's services"),
    ("School standards", "school-standards", "school standards"),
    ("Additional learning needs", "additional-learning-needs", "additional learning needs"),
    ("Welsh-medium education", "welsh-medium-education", "Welsh-medium education"),
    ("Housing", "housing", "housing"),
    ("Homelessness", "homelessness", "homelessness services"),
    ("Waste and recycling", "waste-recycling", "waste and recycling"),
    ("Highways", "highways", "highways maintenance"),
    ("Planning", "planning", "planning"),
    ("Libraries", "libraries", "library services"),
    ("Leisure services", "leisure", "leisure services"),
    ("Public health", "public-health", "public health"),
    ("Economic development", "economic-development", "economic development"),
    ("Public transport", "public-transport", "public transport"),
    ("Flood risk", "flood-risk", "flood risk management"),
    ("Youth services", "youth-services", "youth services"),
    ("Council tax", "council-tax", "council tax"),
    ("Procurement", "procurement", "procurement"),
    ("Climate change", "climate-change", "climate change action"),
    ("Tourism", "tourism", "tourism"),
    ("Culture and heritage", "culture-heritage", "culture and heritage"),
    ("Community safety", "community-safety", "community safety"),
    ("Licensing", "licensing", "licensing"),
    ("Environmental health", "environmental-health", "environmental health"),
    ("Childcare", "childcare", "childcare"),
    ("Local democracy", "local-democracy", "local democracy"),
    ("Regeneration", "regeneration", "town-centre regeneration"),
    ("Rural services", "rural-services", "rural services"),
)

# (label suffix, slug, phrase pattern with {d} for the domain's mid-sentence form)
_ASPECTS = (
    ("funding", "funding", "funding for {d}"),
    ("workforce", "workforce", "the {d} workforce"),
    ("performance", "performance", "performance in {d}"),
    ("collaboration", "collaboration", "collaboration on {d}"),
    ("digital services", "digital", "digital {d}"),
    ("regulation", "regulation", "the regulation of {d}"),
    ("reform", "reform", "reform of {d}"),
    ("inspection", "inspection", "the inspection of {d}"),
    ("equality of access", "equality", "equal access to {d}"),
    ("Welsh-language provision", "welsh-language", "Welsh-language provision in {d}"),
)

_THEME_DESCRIPTIONS = (
    "What councils and national bodies say about {p}, including targets, duties and evidence of progress.",
    "Statements on {p}: commitments, criticism and calls for change.",
    "Covers {p} across Wales, from national policy to individual councils.",
    "Includes references to {p} in reports, speeches and guidance.",
)


def _build_themes() -> list[tuple[str, str, str, str]]:
    """200 themes as (theme_id, label, description, mid-sentence phrase).

    The selection is fixed (it does not depend on the seed), so themes keep
    the same ids across generated datasets.
    """
    pairs = [(d, a) for d in range(len(_DOMAINS)) for a in range(len(_ASPECTS))]
    random.Random(20240601).shuffle(pairs)
    themes = []
    for n, (d, a) in enumerate(sorted(pairs[:THEME_COUNT])):
        label, dslug, dphrase = _DOMAINS[d]
        suffix, aslug, pattern = _ASPECTS[a]
        phrase = pattern.format(d=dphrase)
        desc = _THEME_DESCRIPTIONS[n % len(_THEME_DESCRIPTIONS)].format(p=phrase)
        themes.append((f"{dslug}-{aslug}", f"{label}: {suffix}", desc, phrase))
    return themes


# ---------------------------------------------------------------------------
# Sentence templates
# ---------------------------------------------------------------------------
#
# Slots: {T} theme phrase, {C} and {D} councils named as subjects, {ALL} a
# collective phrase, {V} the venue council, {P} a town, {N} a number word,
# {K} a count, {M} an amount of money, {PCT} a percentage, {Y} a year shortly
# after the event, {O}/{Oc}/{Ob} the event's organisation (mid-sentence,
# capitalised, bare name), {W}/{Wc} who is speaking (lower/capital
# first letter), {DOC} a document. A "|" pair marks a clause that may be
# quoted on its own instead of the whole sentence.

# Stance sentences become statements: (sentence, one-line paraphrase).
_STANCE = (
    ("Ministers expect every authority to treat {T} as a priority in the coming year.",
     "Expects every council to treat {T} as a priority"),
    ("While budgets remain under pressure, |councils must protect {T} from further cuts|.",
     "Councils must protect {T} from cuts"),
    ("The report finds that progress on {T} has been too slow and too uneven across Wales.",
     "Progress on {T} has been too slow and uneven"),
    ("{Wc} said that {T} would be reviewed before {Y}, with findings published in full.",
     "Commits to a review of {T} before {Y}"),
    ("There is, the review concludes, |no single model of {T} that will suit every area|.",
     "No single model of {T} suits every area"),
    ("The Government will provide {M} over three years to support {T}.",
     "Announces {M} over three years for {T}"),
    ("{Wc} said: \"We cannot keep asking councils to do more on {T} with less.\"",
     "Councils cannot do more on {T} with less money"),
    ("In the words of {W}, “{T} is not an optional extra for local government”.",
     "Describes {T} as a core duty, not an optional extra"),
    ("Authorities should publish clear, measurable targets for {T} by {Y}.",
     "Calls for published, measurable targets on {T} by {Y}"),
    ("The evidence shows that |where councils share expertise on {T}, outcomes improve|.",
     "Sharing expertise on {T} improves outcomes"),
    ("Too much of the current approach to {T} depends on short-term grants, the committee heard.",
     "Criticises reliance on short-term grants for {T}"),
    ("The inspectorate found \"significant weaknesses\" in {T} and asked for an action plan within {K} months.",
     "Finds significant weaknesses in {T}; wants an action plan"),
    ("Regional partnerships, rather than individual councils, should lead on {T}.",
     "Regional partnerships should lead on {T}"),
    ("Spending on {T} rose by {PCT} in real terms, but demand rose faster.",
     "Demand for {T} is outpacing real-terms spending growth"),
    ("Members agreed that |the statutory guidance on {T} is out of date| and should be rewritten.",
     "Statutory guidance on {T} is out of date"),
    ("{Wc} rejected calls to reorganise local government in order to improve {T}.",
     "Rejects reorganisation as the route to better {T}"),
    ("The strategy commits the Government to a national framework for {T}, developed with councils.",
     "Commits to a national framework for {T}"),
    ("Residents told the consultation that {T} was “patchy, confusing and slow to respond”.",
     "Residents find {T} patchy, confusing and slow"),
    ("Unless the workforce is stabilised, |improvements in {T} will not be sustained|.",
     "Improvements in {T} depend on a stable workforce"),
    ("The Bill would place a new duty on local authorities in relation to {T}.",
     "Proposes a new statutory duty on councils for {T}"),
    ("Data on {T} are collected inconsistently, which makes comparison between councils difficult.",
     "Data on {T} are inconsistent and hard to compare"),
    ("{Wc} welcomed the progress on {T}, saying it showed what partnership could achieve.",
     "Welcomes progress on {T} as a result of partnership"),
    ("Funding for {T} will in future be routed through the revenue support grant, not ring-fenced grants.",
     "Moves {T} funding from ring-fenced grants into the settlement"),
    ("The committee recommends that, |by {Y}, every council report annually on {T}|.",
     "Recommends annual council reporting on {T} by {Y}"),
)

# Stance sentences that also name a council (one subject mention each).
_STANCE_COUNCIL = (
    ("{C} was singled out for its work on {T}, which the report calls “sector-leading”.",
     "Praises one council's work on {T} as sector-leading"),
    ("The inspectors were concerned that {C} had not acted on earlier recommendations about {T}.",
     "A council has failed to act on earlier advice on {T}"),
    ("{Wc} pointed to {C}, where |a joint approach to {T} has cut waiting times|.",
     "Joint working on {T} can cut waiting times"),
    ("A pilot on {T} in {C} will be extended if the evaluation is positive.",
     "Will extend a local pilot on {T} if it succeeds"),
    ("According to the figures, {C} spends {PCT} more per head on {T} than the Welsh average.",
     "Highlights variation in spending per head on {T}"),
    ("{C} Council, the report says, \"has shown what can be done\" on {T} with limited resources.",
     "Shows progress on {T} is possible with limited resources"),
)

# Sentences that name one council as the subject.
_MENTION_ONE = (
    "{C} Council has set up a cross-party working group to look at the issue.",
    "In {C}, officers reported a backlog of {K} cases at the end of the year.",
    "The figures for {C} were broadly in line with the rest of Wales.",
    "Councillors in {C} voted to accept the recommendations in full.",
    "{C} Council said it would respond formally within {K} weeks.",
    "A spokesperson for {C} Council said the authority \"welcomes the scrutiny\".",
    "Staff from {C} described the changes as “long overdue”.",
    "The report notes that {C} has appointed a new head of service since the last inspection.",
    "{C} was one of {N} authorities to miss the deadline, which was extended to {Y}.",
    "Community groups in {C} have asked for more detail on how the money will be spent.",
    "Capital works in {C} are expected to cost around {M}.",
    "Turnover among senior staff in {C} was described as a risk.",
    "In {C}, the number of complaints fell by {PCT} over the period.",
    "{C} Council's cabinet is due to consider the proposals in the autumn.",
    "The case study from {C} shows how a small team can make a difference.",
    "Scrutiny members in {C} questioned whether the targets were realistic.",
    "{C} has already begun recruiting to the new posts.",
    "The leader of {C} Council said the authority would \"look carefully\" at the detail.",
    "Residents of {C} will be consulted on the options in the new year.",
    "In {C}, a third-sector partnership delivers the service on the council's behalf.",
)

# Sentences that name two different councils as subjects.
_MENTION_TWO = (
    "{C} and {D} have agreed to share a single management team.",
    "Joint arrangements between {C} and {D} were cited as an example to others.",
    "Both {C} and {D} reported overspends, of {M} and {M} respectively.",
    "Officers from {C} met their counterparts in {D} to compare approaches.",
    "The gap between {C} and {D} has narrowed, but it has not closed.",
    "A shared service covering {C} and {D} is due to start in {Y}.",
)

# Sentences that refer to all councils at once.
_MENTION_ALL = (
    "The guidance applies to {ALL} and takes effect immediately.",
    "A letter has been sent to {ALL} setting out what is expected.",
    "The settlement for {ALL} will rise by {PCT} next year.",
    "{Wc} said {ALL} had a part to play.",
    "Returns were received from {ALL} by the end of the consultation.",
    "The new duty will fall on {ALL}, with transitional support.",
)
_ALL_PHRASES = (
    "all 22 councils",
    "every local authority in Wales",
    "the 22 local authorities",
    "each of Wales’s 22 councils",
    "all local authorities in Wales",
)

# Sentences that name the council hosting the event.
_MENTION_VENUE = (
    "The announcement was made at an event hosted by {V} Council.",
    "Speaking at the offices of {V} Council, {W} set out the next steps.",
    "The meeting, held at {V} Council's civic centre, was open to the public.",
    "{Wc} was welcomed to {V} by the leader of the council.",
    "Delegates gathered in {V} for the launch.",
)

_FILLER = (
    "The document runs to {K} pages and includes a summary in Welsh.",
    "Responses to the consultation will be published in due course.",
    "A full equality impact assessment accompanies the proposals.",
    "The Welsh Local Government Association welcomed the statement but said the detail would matter.",
    "Further guidance is expected later in the year.",
    "This section summarises the evidence received from stakeholders.",
    "Officers will report back to members with a costed plan.",
    "The figures quoted are for the financial year, not the calendar year.",
    "Some respondents, particularly in rural areas, raised concerns about travel times.",
    "Copies are available from Llywodraeth Cymru offices and online.",
    "Visitors to Tŷ Hywel were able to follow the debate in both languages.",
    "The programme has been running since {N} pilot sites were chosen.",
    "It follows a period of engagement with trade unions, the third sector and service users.",
    "An independent panel, chaired by a former chief executive, oversaw the work.",
    "The next progress report is due in {Y}.",
    "A number of schools in {P} took part in the early trials.",
    "The scheme is modelled on an approach first tried in {P}.",
    "Comments were also received from town and community councils, including one in {P}.",
    "The timetable – which some described as ambitious – was agreed without a vote.",
    "More information, including the technical annex, is published alongside this report.",
    "Local businesses in {P} say they have yet to see the benefit.",
    "The committee took oral evidence from {N} witnesses over two sessions.",
    "Siân Evans, who chairs the stakeholder group, said the next year would be critical.",
    "Glossary: ‘authority’ means a county or county borough council.",
    "The board will meet quarterly and publish its minutes.",
    "Evidence from the health boards was broadly supportive.",
    "Not every respondent agreed, and some asked for the changes to be phased in.",
    "Unison and the GMB, which represent many of the staff affected, have asked to be consulted.",
    "The Future Generations Commissioner has been asked for a view.",
    "Figures are rounded to the nearest thousand and may not sum.",
    "Translation of the technical annex into Welsh is under way.",
    "A further {K} responses arrived after the closing date and were read in full.",
    "The work is overseen by a programme board that includes council chief executives.",
    "An easy-read version is also available.",
    "Pupils at Ysgol Gyfun {P} presented their own findings to the panel.",
    "Questions were taken from the floor, several of them on rural bus services.",
    "Progress will be tracked against a small set of national indicators.",
    "The review team visited {N} sites, including a day centre in {P}.",
    "Those figures, officials cautioned, come from a small sample.",
    "A copy of the letter is attached as an annex.",
)

# Openers by event kind (first sentence after the title).
_OPENERS = {
    "report": ("This report by {O} examines {T} across Wales.",
               "{Oc} has today published its findings on {T}."),
    "speech": ("{Wc} today addressed delegates on the subject of {T}.",
               "In a speech on {T}, {W} set out the Government's priorities."),
    "policy": ("This policy statement sets out the Government's approach to {T}.",
               "The Welsh Government has published a new policy on {T}."),
    "legislation": ("These Regulations make provision about {T}.",
                    "The Bill, introduced today, concerns {T}."),
    "meeting": ("Minutes of the meeting at which members considered {T}.",
                "Members met to consider a report on {T}."),
    "publication": ("This guidance for local authorities covers {T}.",
                    "{Oc} has published a guide to {T}."),
    "other": ("This note summarises recent developments in {T}.",
              "A press notice issued today concerns {T}."),
}

_LIST_INTROS = (
    "The action plan commits the partners to the following on {T}:",
    "Among its recommendations on {T}, the review asks councils to:",
)
_LIST_ITEMS = (
    "publish a baseline by the end of the year",
    "agree shared standards with neighbouring authorities",
    "report progress to scrutiny committees twice a year",
    "involve service users in designing the changes",
    "make better use of data, including data shared with health boards",
    "set out how the Welsh language will be promoted",
)

_TOWNS = (
    "Aberystwyth", "Bangor", "Caernarfon", "Llandudno", "Rhyl", "Mold", "Brecon",
    "Llandrindod Wells", "Newtown", "Carmarthen", "Llanelli", "Haverfordwest", "Tenby",
    "Pontypridd", "Aberdare", "Ebbw Vale", "Pontypool", "Abergavenny", "Barry", "Porthcawl",
    "Maesteg", "Bala", "Dolgellau", "Machynlleth", "Llangefni", "Holyhead", "Ystradgynlais",
    "Pen-y-bont ar Ogwr", "Blaenau Ffestiniog", "Llanrwst",
)
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
_FIRST_NAMES = (
    "Angharad", "Bethan", "Carys", "Dafydd", "Eluned", "Gareth", "Gwenllian", "Huw", "Ieuan",
    "Llinos", "Meirion", "Nia", "Owain", "Rhian", "Sioned", "Tomos", "Alun", "Catrin", "Emyr",
    "Ffion", "Geraint", "Heledd", "Iwan", "Lowri", "Mared", "Siân", "Wyn", "Elin",
)
_SURNAMES = (
    "Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Griffiths",
    "Price", "Rees", "Owen", "Pritchard", "Parry", "Jenkins", "Powell", "Llewelyn", "Bowen",
    "Vaughan", "ap Gwilym", "Prosser", "Morris",
)
_SPEAKER_ROLES = (
    ("Minister for Local Government", "the Minister"),
    ("Cabinet Secretary for Health and Social Services", "the Cabinet Secretary"),
    ("Minister for Education", "the Minister"),
    ("Deputy Minister for Housing", "the Deputy Minister"),
    ("First Minister", "the First Minister"),
    ("Chief Inspector", "the chief inspector"),
    ("Auditor General for Wales", "the Auditor General"),
    ("Chair, Local Government Committee", "the committee chair"),
    ("Leader, Welsh Local Government Association", "the WLGA leader"),
)
_VENUES = (
    "Tŷ Hywel, Cardiff Bay",
    "Senedd, Cardiff Bay",
    "Guildhall, Swansea",
    "Venue Cymru, Llandudno",
    "Celtic Manor, Newport",
    "Royal Welsh Showground, Llanelwedd",
    "Online (video conference)",
    "Civic Centre, Pontypridd",
    "County Hall, Carmarthen",
)


def _organisations(year: int) -> tuple[tuple[str, str], ...]:
    """Organisations as (name, name as used mid-sentence) as known in a given year."""
    if year >= 2011:
        govt = "Welsh Government"
    elif year >= 2002:
        govt = "Welsh Assembly Government"
    else:
        govt = "National Assembly for Wales"
    legislature = "Senedd" if year >= 2020 else "National Assembly for Wales"
    plain = (
        "Audit Wales" if year >= 2020 else None,
        "Estyn",
        "Care Inspectorate Wales" if year >= 2017 else None,
        "Data Cymru" if year >= 2018 else None,
    )
    with_article = (
        govt, govt, govt,
        "Wales Audit Office" if year < 2020 else None,
        "Care and Social Services Inspectorate Wales" if year < 2017 else None,
        "Welsh Local Government Association",
        f"{legislature} Local Government Committee",
        "Public Services Ombudsman for Wales",
        "Local Government Data Unit – Wales" if year < 2018 else None,
    )
    return tuple((n, n) for n in plain if n) + tuple((n, "the " + n) for n in with_article if n)


_TITLES = {
    "report": ("{Ob}: report on {T}", "{Tc}: a review by {O}", "Annual report on {T}, {YR}"),
    "speech": ("Speech by {R} on {T}", "“{Tc}”: a speech by {S}", "{R} addresses conference on {T}"),
    "policy": ("{Tc}: policy statement", "A new approach to {T}", "Policy framework for {T}, {YR}"),
    "legislation": ("The Local Authorities ({Tc}) (Wales) Regulations {YR}",
                    "Explanatory memorandum: {T}", "{Tc} (Wales) Bill"),
    "meeting": ("{Ob}: meeting on {T}", "Minutes: {T}", "Evidence session on {T}"),
    "publication": ("{Tc}: guidance for local authorities", "{Ob} guide to {T}",
                    "Good practice in {T}, {YR}"),
    "other": ("Press notice: {T}", "Letter to council leaders on {T}", "Briefing note: {T}"),
}

_SUMMARIES = (
    "{Oc} sets out its position on {T}.",
    "Covers {T}, with examples from several councils.",
    "Considers {T}, including funding, staffing and \"what works\".",
    "Looks at {T}; the recommendations are addressed to councils and the Government.",
    "",
)

# Notes for approximate dates, by the precision the date is given at.
_DATE_NOTES_APPROX = {
    "year": (
        "Only the year is printed on the document",
        "Circa – the archive copy is undated",
        "Year taken from a later reference; approximate",
    ),
    "month": (
        "Month inferred from the covering letter",
        "Published \"in the spring\", according to the foreword",
        "Month taken from a later reference; approximate",
    ),
    "day": (
        "Day inferred from a reference to \"last Tuesday\" in a later report",
        "Date of the press notice; the event itself may have been earlier",
    ),
}
_DATE_NOTES_EXACT = (
    "Embargoed until 00:01",
    "Date of the oral statement, not of publication",
    "Date of the meeting; minutes approved later",
)
_REFERENCED_NOTE = "Referenced in other documents; no copy held"

_MENTION_NOTES = {
    "subject": (
        "", "", "", "Named as an example of good practice", "Criticised for slow progress",
        "Described as \"leading the way\"", "Figures quoted for 2019–20, see annex",
        "Mentioned in passing", "Compared with neighbouring councils, unfavourably",
    ),
    "venue": ("", "Where the event took place", "Host council"),
    "collective": ("", "Applies to every council", "Addressed to all local authorities, including joint committees"),
}

_SLOT_RE = re.compile(r"(\{[A-Za-z]+\}|\|)")
_TRACKED = frozenset({"C", "D", "ALL", "V"})


def _parse(template: str) -> tuple[tuple[int, str], ...]:
    """Split a template into (kind, text) pieces: 0 literal, 1 slot, 2 clause marker."""
    pieces = []
    for part in _SLOT_RE.split(template):
        if not part:
            continue
        if part == "|":
            pieces.append((2, part))
        elif part.startswith("{"):
            pieces.append((1, part[1:-1]))
        else:
            pieces.append((0, part))
    return tuple(pieces)


def _compile(templates):
    return tuple(_parse(t) for t in templates)


_P_STANCE = tuple((_parse(s), _parse(p)) for s, p in _STANCE)
_P_STANCE_COUNCIL = tuple((_parse(s), _parse(p)) for s, p in _STANCE_COUNCIL)
_P_MENTION_ONE = _compile(_MENTION_ONE)
_P_MENTION_TWO = _compile(_MENTION_TWO)
_P_MENTION_ALL = _compile(_MENTION_ALL)
_P_MENTION_VENUE = _compile(_MENTION_VENUE)
_P_FILLER = _compile(_FILLER)
_P_OPENERS = {k: _compile(v) for k, v in _OPENERS.items()}
_P_LIST_INTROS = _compile(_LIST_INTROS)
_P_TITLES = {k: _compile(v) for k, v in _TITLES.items()}
_P_SUMMARIES = _compile(_SUMMARIES)


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


class _Random(random.Random):
    """``random.Random`` with quicker choice, randint and shuffle.

    The standard versions draw integers bit by bit, which dominates the run
    time at this scale; scaling ``random()`` is plenty for synthetic data and
    is just as deterministic.
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, stop: int) -> int:  # type: ignore[override]
        return int(self.random() * stop)

    def shuffle(self, x) -> None:  # type: ignore[override]
        rand = self.random
        for i in range(len(x) - 1, 0, -1):
            j = int(rand() * (i + 1))
            x[i], x[j] = x[j], x[i]


class _Writer:
    """Builds one event's text and rows; holds the random state and lookups."""

    def __init__(self, rng: random.Random, councils, themes) -> None:
        self.rng = rng
        self.councils = councils
        self.council_cum = list(accumulate(w for _cid, _name, w in councils))
        self.themes = themes
        # Zipf-like popularity so a handful of themes dominate, in an order
        # that depends on the seed.
        order = list(range(len(themes)))
        rng.shuffle(order)
        weights = [0.0] * len(themes)
        for rank, idx in enumerate(order):
            weights[idx] = 1.0 / (rank + 4)
        self.theme_cum = list(accumulate(weights))
        # Per-event context, set by start_event().
        self.ctx: dict[str, str] = {}
        self.assigned: dict[str, tuple[str, object]] = {}
        # While a statement sentence and its paraphrase are rendered, slot
        # values are remembered so both say the same amount, year and so on.
        self.memo: dict[str, str] | None = None

    # -- random helpers ----------------------------------------------------

    def draw(self, pool: tuple):
        """Next item from a per-event shuffled copy of ``pool``.

        Avoids the same sentence turning up twice in one text until the pool
        has been used up.
        """
        deck = self.decks.get(id(pool))
        if not deck:
            deck = list(pool)
            self.rng.shuffle(deck)
            self.decks[id(pool)] = deck
        return deck.pop()

    def pick_council(self) -> int:
        r = self.rng.random() * self.council_cum[-1]
        return min(bisect_right(self.council_cum, r), len(self.council_cum) - 1)

    def pick_theme(self) -> int:
        r = self.rng.random() * self.theme_cum[-1]
        return min(bisect_right(self.theme_cum, r), len(self.theme_cum) - 1)

    def money(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"£{self.rng.randint(2, 950) / 10:.1f} million"
        if r < 0.9:
            return f"£{self.rng.randint(50, 990) * 1000:,}"
        return f"£{self.rng.randint(11, 49) / 10:.1f} billion"

    def fill(self, slot: str) -> str:
        """Value for an untracked slot."""
        if slot in self.ctx:
            return self.ctx[slot]
        memo = self.memo
        if memo is not None:
            if slot not in memo:
                memo[slot] = self._fresh(slot)
            return memo[slot]
        return self._fresh(slot)

    def _fresh(self, slot: str) -> str:
        rng = self.rng
        if slot == "P":
            return rng.choice(_TOWNS)
        if slot == "N":
            return rng.choice(_NUMBER_WORDS)
        if slot == "K":
            return str(rng.randint(2, 48))
        if slot == "M":
            return self.money()
        if slot == "PCT":
            return f"{rng.randint(2, 38)} per cent" if rng.random() < 0.7 else f"{rng.randint(2, 38)}%"
        if slot == "Y":
            return str(self.year + rng.randint(1, 5))
        if slot == "W":
            return self.who
        if slot == "Wc":
            return _capitalise(self.who)
        raise KeyError(slot)

    def render(self, pieces):
        """Render a parsed template.

        Returns (text, tracked spans [(slot, start, end)], clause marker positions).
        Tracked slots take their values from ``self.assigned``.
        """
        parts = []
        pos = 0
        spans = []
        clause = []
        assigned = self.assigned
        for kind, s in pieces:
            if kind == 0:
                parts.append(s)
                pos += len(s)
            elif kind == 1:
                if s in _TRACKED:
                    v = assigned[s][0]
                    spans.append((s, pos, pos + len(v)))
                else:
                    v = self.fill(s)
                parts.append(v)
                pos += len(v)
            else:
                clause.append(pos)
        return "".join(parts), spans, clause

    # -- events ------------------------------------------------------------

    def start_event(self, year: int, kind: str) -> None:
        rng = self.rng
        self.decks: dict[int, list] = {}
        self.year = year
        self.orgs = _organisations(year)
        main = [self.pick_theme() for _ in range(rng.randint(2, 4))]
        self.main_themes = main
        role, who = rng.choice(_SPEAKER_ROLES)
        self.role = role
        self.who = who
        self.speaker = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}"
        self.ctx = {"T": self.themes[main[0]][3], "YR": str(year)}
        self.ctx["Tc"] = _capitalise(self.ctx["T"])
        self.ctx["R"] = role
        self.ctx["S"] = self.speaker
        org, org_mid = rng.choice(self.orgs)
        self.organisation = org
        self.ctx["Ob"] = org
        self.ctx["O"] = org_mid
        self.ctx["Oc"] = _capitalise(org_mid)

    def event_fields(self, kind: str) -> tuple[str, str]:
        """(title, summary) for the current event."""
        title = self.render(self.rng.choice(_P_TITLES[kind]))[0]
        summary = self.render(self.rng.choice(_P_SUMMARIES))[0]
        return title, summary

    def build_text(self, title: str, kind: str, with_list: bool):
        """Compose a source text.

        Returns (text, statements, mentions) where statements are
        (theme_idx, position, start, end) and mentions are
        (council_index or None, role, theme_idx or None, start, end).
        """
        rng = self.rng
        target_len = rng.randint(2000, 6000)
        scale = target_len / 4000.0
        n_stat = max(3, round(10 * scale * rng.uniform(0.75, 1.25)))
        n_ment = max(5, round(20 * scale * rng.uniform(0.75, 1.25)))
        if with_list:
            n_stat -= 1  # the bulleted list is a statement too
        n_all = n_venue = 0
        for _ in range(n_ment):
            r = rng.random()
            if r < 0.08:
                n_all += 1
            elif r < 0.18:
                n_venue += 1
        n_subject = n_ment - n_all - n_venue
        venue_council = self.pick_council()
        main = self.main_themes

        # Each sentence: (text, spans [(slot, start, end, payload)], stance)
        # where stance is None or (theme_idx, position, clause_or_None).
        sentences = []
        length = 0

        def add(pieces, stance_theme=None, position_pieces=None):
            nonlocal length
            if stance_theme is not None:
                self.memo = {}
            text, spans, clause = self.render(pieces)
            tracked = [(slot, a, b, self.assigned[slot][1]) for slot, a, b in spans]
            stance = None
            if stance_theme is not None:
                position = self.render(position_pieces)[0]
                self.memo = None
                stance = (stance_theme, position, tuple(clause) if len(clause) == 2 else None)
            sentences.append((text, tracked, stance))
            length += len(text) + 1

        def theme_for_stance() -> int:
            return rng.choice(main) if rng.random() < 0.75 else self.pick_theme()

        for _ in range(n_stat):
            theme = theme_for_stance()
            self.ctx["T"] = self.themes[theme][3]
            if n_subject > 0 and rng.random() < 0.3:
                s, p = self.draw(_P_STANCE_COUNCIL)
                c = self.pick_council()
                self.assigned = {"C": (self.councils[c][1], c)}
                n_subject -= 1
            else:
                s, p = self.draw(_P_STANCE)
            add(s, theme, p)
        self.ctx["T"] = self.themes[main[0]][3]

        while n_subject > 0:
            c = self.pick_council()
            if n_subject >= 2 and len(self.councils) > 1 and rng.random() < 0.25:
                d = self.pick_council()
                while d == c:
                    d = self.pick_council()
                self.assigned = {"C": (self.councils[c][1], c), "D": (self.councils[d][1], d)}
                add(self.draw(_P_MENTION_TWO))
                n_subject -= 2
            else:
                self.assigned = {"C": (self.councils[c][1], c)}
                add(self.draw(_P_MENTION_ONE))
                n_subject -= 1
        for _ in range(n_all):
            self.assigned = {"ALL": (rng.choice(_ALL_PHRASES), None)}
            add(self.draw(_P_MENTION_ALL))
        venue_name = self.councils[venue_council][1]
        for _ in range(n_venue):
            self.assigned = {"V": (venue_name, venue_council)}
            add(self.draw(_P_MENTION_VENUE))
        self.assigned = {}
        while length < target_len - 400:
            add(self.draw(_P_FILLER))

        rng.shuffle(sentences)
        opener = self.render(rng.choice(_P_OPENERS[kind]))[0]

        # Lay out: title, opener paragraph, then paragraphs of 2-5 sentences.
        # Offsets are tracked while joining so they are exact by construction.
        out = [title, "\n\n", opener]
        pos = len(title) + 2 + len(opener)
        statements = []
        mentions = []
        i = 0
        list_at = rng.randrange(len(sentences) + 1) if with_list else -1
        while i <= len(sentences):
            if 0 <= list_at <= i:
                pos = self._add_list(out, pos, statements)
                list_at = -1
            if i == len(sentences):
                break
            n = rng.randint(2, 5)
            out.append("\n\n")
            pos += 2
            for j, (text, tracked, stance) in enumerate(sentences[i:i + n]):
                if j:
                    out.append(" ")
                    pos += 1
                out.append(text)
                sentence_theme = None
                if stance is not None:
                    theme, position, clause = stance
                    sentence_theme = theme
                    if clause is not None and rng.random() < 0.4:
                        statements.append((theme, position, pos + clause[0], pos + clause[1]))
                    else:
                        statements.append((theme, position, pos, pos + len(text)))
                for slot, a, b, payload in tracked:
                    role = "collective" if slot == "ALL" else "venue" if slot == "V" else "subject"
                    r = rng.random()
                    if sentence_theme is not None and r < 0.8:
                        m_theme = sentence_theme
                    elif r < 0.5:
                        m_theme = rng.choice(main)
                    else:
                        m_theme = None
                    mentions.append((payload, role, m_theme, pos + a, pos + b))
                pos += len(text)
            i += n
        out.append("\n")
        return "".join(out), statements, mentions

    def _add_list(self, out: list, pos: int, statements: list) -> int:
        """Append a bulleted paragraph quoted as one statement spanning several lines."""
        rng = self.rng
        theme = rng.choice(self.main_themes)
        self.ctx["T"] = self.themes[theme][3]
        intro = self.render(rng.choice(_P_LIST_INTROS))[0]
        self.ctx["T"] = self.themes[self.main_themes[0]][3]
        items = rng.sample(_LIST_ITEMS, rng.randint(2, 4))
        block = intro + "\n" + ";\n".join(f"- {item}" for item in items) + "."
        out.append("\n\n")
        pos += 2
        out.append(block)
        position = f"Sets out a list of actions on {self.themes[theme][3]}"
        statements.append((theme, position, pos, pos + len(block)))
        return pos + len(block)


def _event_dates(rng: random.Random, count: int) -> list[int]:
    """Sorted ordinals spread over 1999-2025, a little denser in later years."""
    lo, hi = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
    span = hi - lo
    return sorted(lo + int(span * (rng.random() ** 0.85)) for _ in range(count))


def _format_date(rng: random.Random, ordinal: int, approximate: bool) -> tuple[str, str, str, str]:
    """(date, precision, date_earliest, date_latest) for an event.

    The date is written at year, month or day precision. Most approximate
    dates also get a band of possible days around them (the optional
    date_earliest/date_latest columns), always enclosing the date itself.
    """
    d = _dt.date.fromordinal(ordinal)
    r = rng.random()
    if approximate:
        precision = "year" if r < 0.55 else "month" if r < 0.95 else "day"
    else:
        precision = "day" if r < 0.9 else "month" if r < 0.97 else "year"
    if precision == "day":
        first = last = d
        text = d.isoformat()
    elif precision == "month":
        first = d.replace(day=1)
        last = (first + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
        text = f"{d.year:04d}-{d.month:02d}"
    else:
        first, last = _dt.date(d.year, 1, 1), _dt.date(d.year, 12, 31)
        text = f"{d.year:04d}"
    if not approximate or rng.random() < 0.3:
        return text, precision, "", ""
    earliest = first - _dt.timedelta(days=rng.randint(0, 400))
    latest = last + _dt.timedelta(days=rng.randint(0, 400))
    return text, precision, earliest.isoformat(), latest.isoformat()


def _check_out_dir(out_dir: Path, force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        if not force:
            raise FileExistsError(f"{out_dir} is not empty (use --force to overwrite)")
        for name in OUTPUT_NAMES:
            target = out_dir / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()


def generate(
    out_dir: Path,
    events: int,
    seed: int = 1,
    *,
    force: bool = False,
    councils_csv: Path | None = None,
) -> dict:
    """Write a synthetic dataset of ``events`` events to ``out_dir``.

    ``out_dir`` is created if needed. An existing non-empty folder is refused
    with ``FileExistsError`` unless ``force`` is true, in which case the
    dataset files and the ``sources`` folder in it are removed first (nothing
    else is touched). ``councils_csv`` is copied verbatim as councils.csv; by
    default the project's curated ``data/councils.csv`` is used when it
    exists, otherwise a table is derived from the embedded list of councils.

    Returns counts of what was written, including ``bytes`` on disk.
    """
    if events < 1:
        raise ValueError("events must be at least 1")
    out_dir = Path(out_dir)
    _check_out_dir(out_dir, force)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources_dir = out_dir / "sources"
    sources_dir.mkdir(exist_ok=True)

    rng = _Random(seed)
    councils = _write_councils(out_dir, councils_csv if councils_csv is not None else _curated_councils_csv())
    themes = _build_themes()
    writer = _Writer(rng, councils, themes)

    n_ref = int(events * REFERENCED_ONLY_SHARE + 0.5)
    n_ref = min(n_ref, events - 1)
    n_approx = int(events * APPROXIMATE_SHARE + 0.5)
    referenced = set(rng.sample(range(events), n_ref))
    approximate = set(rng.sample(range(events), n_approx))
    ordinals = _event_dates(rng, events)
    kind_cum = list(accumulate(_KIND_WEIGHTS))
    width = max(6, len(str(events)))
    # About 3 % of texts contain a bulleted list quoted as one multi-line
    # statement; the first text always does, so even tiny datasets exercise
    # newlines inside quoted CSV fields.
    first_with_source = min(i for i in range(events) if i not in referenced)

    counts = {
        "events": events,
        "events_with_source": 0,
        "referenced_only": 0,
        "approximate_dates": 0,
        "themes": len(themes),
        "councils": len(councils),
        "statements": 0,
        "mentions": 0,
        "mentions_subject": 0,
        "mentions_venue": 0,
        "mentions_collective": 0,
        "source_files": 0,
        "bytes": 0,
    }

    def open_csv(name: str, header: tuple[str, ...]):
        fh = open(out_dir / name, "w", encoding="utf-8", newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        return fh, w

    with open(out_dir / "themes.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("theme_id", "label", "description"))
        w.writerows(t[:3] for t in themes)

    ev_fh, ev_w = open_csv(
        "events.csv",
        ("event_id", "title", "kind", "date", "date_approximate", "date_note", "speaker",
         "speaker_role", "organisation", "venue", "source_file", "summary", "date_earliest",
         "date_latest"),
    )
    st_fh, st_w = open_csv(
        "statements.csv", ("statement_id", "event_id", "theme_id", "position", "quote", "start", "end")
    )
    mn_fh, mn_w = open_csv(
        "mentions.csv",
        ("mention_id", "event_id", "council_id", "theme_id", "role", "note", "quote", "start", "end"),
    )
    statement_no = 0
    mention_no = 0
    made_buckets: set[str] = set()
    text_bytes = 0
    try:
        for i in range(events):
            event_id = f"ev-{i + 1:0{width}d}"
            kind = EVENT_KINDS[bisect_right(kind_cum, rng.random() * kind_cum[-1])]
            year = _dt.date.fromordinal(ordinals[i]).year
            writer.start_event(year, kind)
            title, summary = writer.event_fields(kind)
            is_approx = i in approximate
            date, precision, date_earliest, date_latest = _format_date(rng, ordinals[i], is_approx)
            if is_approx:
                date_note = rng.choice(_DATE_NOTES_APPROX[precision])
            elif rng.random() < 0.04:
                date_note = rng.choice(_DATE_NOTES_EXACT)
            else:
                date_note = ""
            if kind in ("speech", "meeting") or rng.random() < 0.2:
                speaker, speaker_role = writer.speaker, writer.role
            else:
                speaker = speaker_role = ""
            organisation = writer.organisation
            venue = rng.choice(_VENUES) if kind in ("speech", "meeting") else ""

            if i in referenced:
                source_file = ""
                if not date_note:
                    date_note = _REFERENCED_NOTE
                counts["referenced_only"] += 1
            else:
                bucket = f"{i // 1000:03d}"
                if bucket not in made_buckets:
                    (sources_dir / bucket).mkdir(exist_ok=True)
                    made_buckets.add(bucket)
                source_file = f"{bucket}/{event_id}.txt"
                with_list = i == first_with_source or rng.random() < 0.03
                text, statements, mentions = writer.build_text(title, kind, with_list)
                data = text.encode("utf-8")
                with open(sources_dir / bucket / f"{event_id}.txt", "wb") as tf:
                    tf.write(data)
                text_bytes += len(data)
                counts["events_with_source"] += 1
                for theme, position, a, b in statements:
                    statement_no += 1
                    st_w.writerow((f"st-{statement_no:07d}", event_id, themes[theme][0], position,
                                   text[a:b], a, b))
                for council, role, theme, a, b in mentions:
                    mention_no += 1
                    cid = "ALL" if council is None else councils[council][0]
                    mn_w.writerow((f"mn-{mention_no:07d}", event_id, cid,
                                   "" if theme is None else themes[theme][0], role,
                                   rng.choice(_MENTION_NOTES[role]), text[a:b], a, b))
                    counts["mentions_" + role] += 1
            if is_approx:
                counts["approximate_dates"] += 1
            ev_w.writerow((event_id, title, kind, date, "true" if is_approx else "false", date_note,
                           speaker, speaker_role, organisation, venue, source_file, summary,
                           date_earliest, date_latest))
    finally:
        ev_fh.close()
        st_fh.close()
        mn_fh.close()

    counts["statements"] = statement_no
    counts["mentions"] = mention_no
    counts["source_files"] = counts["events_with_source"]
    counts["bytes"] = text_bytes + sum(
        (out_dir / name).stat().st_size for name in OUTPUT_NAMES if name.endswith(".csv")
    )
    return counts


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app.synth",
        description=(
            "Write a synthetic Cymharu dataset folder (events, themes, statements, council "
            "mentions and source texts) in the same format as the bundled data/ folder. "
            "The output is the same every time for a given seed and number of events."
        ),
    )
    parser.add_argument("--events", type=_positive_int, required=True, metavar="N",
                        help="number of events to generate (about 5%% have no source text)")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder to write; created if missing, refused if not empty")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="random seed (default: %(default)s)")
    parser.add_argument("--force", action="store_true",
                        help="write into a non-empty folder, first removing any existing "
                             "events/themes/statements/mentions/councils CSV files and sources/ "
                             "folder in it (other files are left alone)")
    parser.add_argument("--councils", type=Path, metavar="CSV",
                        help="councils.csv to copy into the dataset (default: the project's "
                             "data/councils.csv if it exists, otherwise one is derived)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    started = time.perf_counter()
    try:
        counts = generate(args.out, args.events, args.seed, force=args.force,
                          councils_csv=args.councils)
    except (FileExistsError, NotADirectoryError, ValueError, OSError) as exc:
        print(f"app.synth: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    print(
        f"Wrote {counts['events']:,} events ({counts['events_with_source']:,} with source texts, "
        f"{counts['referenced_only']:,} referenced only, {counts['approximate_dates']:,} with "
        f"approximate dates), {counts['themes']} themes, {counts['councils']} councils, "
        f"{counts['statements']:,} statements and {counts['mentions']:,} mentions to {args.out} "
        f"({counts['bytes'] / 1e6:.1f} MB) in {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Cite</name>
    <message>
        <location filename="../../app/dataset/cite.py" line="14"/>
        <source>{0}, characters {1}–{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="22"/>
        <source>All councils (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="25"/>
        <source>Venue only: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="26"/>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="41"/>
        <source>“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="44"/>
        <source>{0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/cite.py" line="45"/>
        <source>Source: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/__main__.py" line="75"/>
        <source>{0} problem(s) in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/__main__.py" line="77"/>
        <source>OK {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/__main__.py" line="92"/>
        <source>--export-pdf and --export-csv need --view comparison or --view councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/options.py" line="38"/>
        <source>--council {0!r}: no such council (use a GSS code such as W06000015, or a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/options.py" line="44"/>
        <source>--theme {0!r}: no such theme (known: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/options.py" line="49"/>
        <source>--event {0!r}: no such event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/options.py" line="56"/>
        <source>--{0} {1!r}: no such event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cli.py" line="51"/>
        <source>--screenshot needs a file name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cli.py" line="53"/>
        <source>folder {0} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cli.py" line="71"/>
        <source>could not write {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cli.py" line="72"/>
        <source>Wrote {0} ({1}×{2}, view {3})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../app/ui/comparison.py" line="112"/>
        <source>No event chosen for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="114"/>
        <source>Left out by the event filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="116"/>
        <source>No passages match the search ({0} hidden by the filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="119"/>
        <source>Says nothing about {0} on this theme, though it addresses the theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="122"/>
        <location filename="../../app/ui/comparison.py" line="123"/>
        <source>Silent: {0} does not address this theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="190"/>
        <source>in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="192"/>
        <source>only in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="222"/>
        <source>Click or press Enter to open the source text at this passage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../app/ui/comparison.py" line="436"/>
        <source>Comparison of themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="443"/>
        <source>Left event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="443"/>
        <source>Right event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="449"/>
        <source>⇄ Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="450"/>
        <source>Swap the two events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="453"/>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="455"/>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="531"/>
        <source>the selected councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="534"/>
        <source>Showing what each document says about {0}, and the references to all councils that apply to every council (marked “All councils”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="549"/>
        <source>Choose two events to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="551"/>
        <source>Nothing matches the filters. Clear them to see every theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comparison.py" line="555"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilsView</name>
    <message>
        <location filename="../../app/ui/councils.py" line="50"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="50"/>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="51"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="51"/>
        <source>the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="52"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="52"/>
        <source>the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="53"/>
        <source>Legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="53"/>
        <source>the legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="54"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="54"/>
        <source>the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="55"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="55"/>
        <source>the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="57"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="57"/>
        <source>the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="70"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="72"/>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="73"/>
        <source>{0} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="83"/>
        <location filename="../../app/ui/councils.py" line="88"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="96"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="126"/>
        <source>No document to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="128"/>
        <source>Mentions in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="130"/>
        <source>Mentions in {0} and {1} together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="333"/>
        <source>Mentions of each council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="334"/>
        <source>Map &amp;shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="335"/>
        <source>Councils with their mentions in each document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="337"/>
        <source>One row per council: English and Welsh name, code, then for each compared document the mentions naming the council and the rate per 1,000 words. The same numbers as the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="339"/>
        <source>Mentions of the selected council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="341"/>
        <source>Press Enter on a mention to show the passage in its document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="342"/>
        <source>Document shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="343"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="345"/>
        <source>Double-click a mention, or press Enter on it, to show the passage in its document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="401"/>
        <source>Both documents together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="429"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="431"/>
        <source>Welsh name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="432"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="433"/>
        <source>The council&apos;s ONS (GSS) code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="446"/>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="449"/>
        <source>Mentions naming the council (as subject or venue) in “{0}”, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="454"/>
        <source>per 1,000
words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="458"/>
        <source>Mentions per 1,000 words of “{0}” ({1} words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="459"/>
        <source>“{0}” has no source text, so no rate per 1,000 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="469"/>
        <source>{0} does not name {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="470"/>
        <location filename="../../app/ui/councils.py" line="802"/>
        <source>{0} names {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="544"/>
        <source>No documents are being compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="547"/>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="548"/>
        <source>References to all {0} councils: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="548"/>
        <location filename="../../app/ui/councils.py" line="754"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="551"/>
        <source>The event filter leaves out {0}, so its counts are zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="552"/>
        <location filename="../../app/ui/councils.py" line="566"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="569"/>
        <source>{0} mention in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="569"/>
        <source>{0} mentions in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="649"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="651"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="653"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="654"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="655"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="656"/>
        <source>In its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="657"/>
        <source>Quote: “{0}” (characters {1}–{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="671"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="671"/>
        <source>The passage is about this council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="672"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="673"/>
        <source>The passage names this council as a place, not as its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="674"/>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="675"/>
        <source>The passage refers to all councils together, so it applies to every council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="699"/>
        <source>All councils (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="701"/>
        <source>Applies to all {0} councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="710"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="749"/>
        <source>Mentions of {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="754"/>
        <source>Mentions of the councils in the filter: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="756"/>
        <source>All mentions of councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="758"/>
        <source>All mentions of councils under the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="760"/>
        <source>Select a council in the table or on the map to see what each document says about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="762"/>
        <source>No mention passes the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="764"/>
        <source>1 mention naming a council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="765"/>
        <source>{0} mentions naming a council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="766"/>
        <source>1 reference to all councils together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="767"/>
        <source>{0} references to all councils together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="769"/>
        <source>Listed below: {0}, then {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="771"/>
        <source>Listed below: {0}; no reference to all councils together passes the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="774"/>
        <source>Listed below: {0}; no mention names a single council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="791"/>
        <source>Under the current filters, {0} does not name {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="792"/>
        <source>{0} does not name {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="794"/>
        <source>Under the current filters, neither document names {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="795"/>
        <source>Neither document names {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="797"/>
        <source>Only the collective references below apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="798"/>
        <source>No collective reference applies to it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="803"/>
        <source>it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="805"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="807"/>
        <source>; {0} does not name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="811"/>
        <source>(Counted under the current filters.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="813"/>
        <source>The collective reference below applies to it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/councils.py" line="814"/>
        <source>The {0} collective references below apply to it too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="66"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="68"/>
        <location filename="../../app/dataset/loader.py" line="326"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="70"/>
        <source>file is larger than 2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="72"/>
        <location filename="../../app/dataset/loader.py" line="332"/>
        <source>cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="117"/>
        <source>is saved as UTF-16; save it as UTF-8 (in a spreadsheet: &apos;CSV UTF-8&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="130"/>
        <source>save it as UTF-8 (in a spreadsheet: &apos;CSV UTF-8&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="132"/>
        <source>save the text as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="137"/>
        <source>not valid UTF-8 (byte 0x{0:02X}); {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="157"/>
        <source>a quoted value that starts on this line is never closed (a missing closing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="162"/>
        <source>text follows the closing quote of a quoted value; write a &quot; inside a quoted value as &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="167"/>
        <source>a value is longer than {0:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="168"/>
        <source>cannot be read as CSV: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="183"/>
        <source>contains a NUL character; this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="210"/>
        <source>file is empty; the first line must name the columns: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="222"/>
        <source>column &apos;{0}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="231"/>
        <source>the columns are separated by semicolons; save the file as comma-separated CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="241"/>
        <source>required column &apos;{0}&apos; is missing (is &apos;{1}&apos; a misspelling?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="245"/>
        <source>required column &apos;{0}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="250"/>
        <source>has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/csvfile.py" line="264"/>
        <source>has {0} values but the header names {1} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="75"/>
        <location filename="../../app/dataset/loader.py" line="84"/>
        <location filename="../../app/dataset/loader.py" line="169"/>
        <source>&apos;{0}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="91"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="97"/>
        <source>{0} &apos;{1}&apos; is not a valid identifier ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="101"/>
        <source>{0} &apos;{1}&apos; is used again (first on line {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="129"/>
        <source>&apos;{0}&apos; is empty; it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="131"/>
        <source>&apos;{0}&apos; is too large ({1} digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="133"/>
        <source>&apos;{0}&apos; must be a whole number of 0 or more, not &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="149"/>
        <source>&apos;{0}&apos; must be true or false, not &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="159"/>
        <source>&apos;{0}&apos; must be one of {1}, not &apos;{2}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="186"/>
        <source>{0} &apos;{1}&apos; is not in {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="223"/>
        <source>start ({0}) must be less than end ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="228"/>
        <source>end ({0}) is past the end of {1}, which has {2} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="236"/>
        <source>quote does not match {0}[{1}:{2}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="241"/>
        <source>; the quote is at [{0}:{1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="244"/>
        <source>; the text there reads “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="271"/>
        <source>cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="274"/>
        <source>dataset folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="276"/>
        <source>is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="278"/>
        <source>Reading tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="280"/>
        <source>Checking events, themes and councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="303"/>
        <source>date_earliest ({0}) is after date ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="305"/>
        <source>date_latest ({0}) is before date ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="313"/>
        <source>source_file &apos;{0}&apos; must be a file inside the sources folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="324"/>
        <source>source_file &apos;{0}&apos; is not in the sources folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="329"/>
        <source>source_file &apos;{0}&apos; is not a usable file name ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="369"/>
        <source>an ONS GSS code such as W06000015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="380"/>
        <source>tile ({0}, {1}) is already taken by {2} (line {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="396"/>
        <source>Checking statements and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="416"/>
        <source>Checking council mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="431"/>
        <source>council_id ALL needs role &apos;collective&apos;, not &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="433"/>
        <source>role &apos;collective&apos; is only for council_id ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="447"/>
        <source>Building tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="455"/>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/loader.py" line="491"/>
        <source>event &apos;{0}&apos; has no source_file, so nothing can be quoted from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/model.py" line="93"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/model.py" line="202"/>
        <source>Bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/model.py" line="206"/>
        <source>{events} events ({sources} with source texts), {themes} themes, {statements} statements, {councils} councils, {mentions} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/problems.py" line="27"/>
        <source>… and {0} more problems not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="71"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="73"/>
        <source>Opening dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/dataset/dates.py" line="60"/>
        <source>&apos;{0}&apos; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="66"/>
        <source>&apos;{0}&apos; has an implausible year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="68"/>
        <source>&apos;{0}&apos; has no month {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="74"/>
        <source>&apos;{0}&apos; is not a day in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="90"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="91"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="92"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="93"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="94"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="95"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="96"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="97"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="98"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="99"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="100"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="101"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="110"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="111"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="112"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="113"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="114"/>
        <source>May </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="115"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="116"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="117"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="118"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="119"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="120"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="121"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="158"/>
        <source>c. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="172"/>
        <location filename="../../app/dataset/dates.py" line="205"/>
        <source>{0} year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="172"/>
        <location filename="../../app/dataset/dates.py" line="205"/>
        <source>{0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="174"/>
        <source>the same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="179"/>
        <source>the same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="192"/>
        <source>{0} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="192"/>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="194"/>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="197"/>
        <source>about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="207"/>
        <source>{0} month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/dates.py" line="207"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/errors.py" line="46"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47"/>
        <source>Cymharu hit an unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48"/>
        <source>Your data has not been changed. You can carry on, or copy the details below into a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="50"/>
        <source>The details are also saved in the log: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="60"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="1423"/>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1435"/>
        <source>Select an event on the timeline to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1442"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1454"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1455"/>
        <source>About the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1456"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1457"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1458"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1459"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1460"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1461"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1462"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1494"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1495"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1496"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1497"/>
        <source>Legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1498"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1499"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1500"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1505"/>
        <source>1 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1505"/>
        <source>{0} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1521"/>
        <source>{speaker}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1526"/>
        <source>No source text: referred to in another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1531"/>
        <source>{label} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../../app/ui/event_list.py" line="41"/>
        <source> (no source text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="179"/>
        <source>Search titles, positions, quotes, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="181"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="194"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="195"/>
        <source>Show everything again (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="203"/>
        <source>&amp;Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="203"/>
        <source>Find a council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="204"/>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="205"/>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="205"/>
        <source>Find an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_panel.py" line="215"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Co&amp;mparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>C&amp;ouncils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>&amp;Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Open a folder of Cymharu CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Print the comparison or councils view, with the active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Save the comparison or councils view as an A4 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Save the filtered comparison or councils table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>&amp;Landscape Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Print and export on landscape pages (A4 portrait otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>&amp;Copy Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Copy the selected quote with speaker, document, date and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>&amp;Source Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Return to the view you came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;About Cymharu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Dataset &amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Add to the &amp;Applications Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Add Cymharu, with its icon, to this desktop&apos;s menu of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Print {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>&amp;Export {0} as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Export {0} as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>Citation copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249"/>
        <source>Select a quote in the comparison to copy its citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273"/>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Already opening a dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>Bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>Cymharu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Compare what Welsh public-policy documents say, when, and about which councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>Bundled sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>• The Chief Inspector of Social Services for Wales, Graham Williams, on five years of inspecting the 22 council social services departments — BBC News (Wales), c. January 2005.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>• The First Minister for Wales, Rhodri Morgan, speaking to the National Social Services Conference — Welsh Assembly Government press release, 18 June 2009.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Open dataset: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>About Cymharu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>Could not add Cymharu to the menu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Cymharu is now in the applications menu ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>Dataset format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>A dataset is a folder of five CSV files (events, themes, statements, councils, mentions) and a sources folder with the documents&apos; texts. Every column is described in:
{0}

Check a folder from the command line with: cymharu --check-data FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/printing.py" line="46"/>
        <source>Cymharu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="56"/>
        <source>Print {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="56"/>
        <source>councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="56"/>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="91"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="91"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="99"/>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="99"/>
        <source>Saved {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="104"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="104"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="112"/>
        <source>CSV not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="112"/>
        <source>Saved {0} ({1} rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="126"/>
        <source>Dataset not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="129"/>
        <source>{0} cannot be opened: {1} problem(s) were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="131"/>
        <source>The dataset on screen ({0}) is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="139"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dataset_io.py" line="141"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../../app/dataset/query.py" line="24"/>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="25"/>
        <source>the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="26"/>
        <source>the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="27"/>
        <source>the legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="28"/>
        <source>the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="29"/>
        <source>the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="30"/>
        <source>the other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="211"/>
        <source>the left event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="211"/>
        <source>the right event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="314"/>
        <source>Not linked to a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="329"/>
        <source>{0} theme in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="329"/>
        <source>{0} themes in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="330"/>
        <location filename="../../app/dataset/query.py" line="331"/>
        <source>{0} only in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="450"/>
        <source>No filters: everything is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="455"/>
        <source>Councils: {0} (with references to all councils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="459"/>
        <source>Themes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="462"/>
        <source>Events: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dataset/query.py" line="464"/>
        <source>Text: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/report/cli.py" line="46"/>
        <source>nothing to export: give --export-pdf FILE.pdf or --export-csv FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="48"/>
        <source>--export-pdf and --export-csv need --view comparison or --view councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="61"/>
        <source>{0} problem(s) in the dataset; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="64"/>
        <source>cannot read the dataset: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="78"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="78"/>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="79"/>
        <source>Wrote the {0} view to {1} ({2}, A4 {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="80"/>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="80"/>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="85"/>
        <source>Wrote the {0} table to {1} ({2} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="89"/>
        <location filename="../../app/report/files.py" line="45"/>
        <source>cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/cli.py" line="91"/>
        <source>could not export {0}: {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <location filename="../../app/report/document.py" line="233"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <source>Position or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="42"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="43"/>
        <location filename="../../app/report/document.py" line="410"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="43"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="43"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="43"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="43"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="74"/>
        <location filename="../../app/report/document.py" line="411"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="74"/>
        <location filename="../../app/report/document.py" line="411"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="74"/>
        <location filename="../../app/report/document.py" line="411"/>
        <source>Welsh name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="76"/>
        <source>Mentions in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="76"/>
        <source>Per 1,000 words in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/csvexport.py" line="84"/>
        <source>All councils (collective references, not counted above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="192"/>
        <source>(no event chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="209"/>
        <source>Filters: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="222"/>
        <location filename="../../app/report/document.py" line="499"/>
        <source>Comparison: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="224"/>
        <source>Summary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="227"/>
        <source>With a council filter, each cell lists the passages that name {0}, and the references to all councils together, which apply to every council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="238"/>
        <source>Neither document has coded passages: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="239"/>
        <source>Nothing matches these filters: no theme has passages in either document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="305"/>
        <source>{0} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="358"/>
        <source>“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="394"/>
        <location filename="../../app/report/document.py" line="510"/>
        <source>Councils: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="419"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="419"/>
        <source>Per 1,000 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="437"/>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="438"/>
        <source>References to all councils together: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="439"/>
        <source>{0}. They apply to every council and are not counted in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="440"/>
        <source>none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="447"/>
        <source>Councils the document does not name under these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="448"/>
        <source>Councils the document does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="450"/>
        <source>Councils neither document names under these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="451"/>
        <source>Councils neither document names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="458"/>
        <source>{0} of the {1} councils shown are not named in it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="459"/>
        <source>{0} of the {1} councils shown are named in neither document: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="463"/>
        <source>Every council shown is named in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="464"/>
        <source>Every council shown is named in at least one of the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="474"/>
        <source>Map: mentions naming each council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="484"/>
        <source>Darker tiles: more mentions naming the council as the subject or the venue. The table above gives the same numbers; references to all councils together are not shown on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="497"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/document.py" line="508"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/files.py" line="23"/>
        <source>{0} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/files.py" line="26"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/files.py" line="29"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/mapdraw.py" line="30"/>
        <source>Mentions naming the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/mapdraw.py" line="90"/>
        <source>No event chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="202"/>
        <source>Could not start printing: the printer or file is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="209"/>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="215"/>
        <source>Could not finish writing the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="252"/>
        <source>Dataset: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="268"/>
        <source>Printed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/paging.py" line="271"/>
        <source>page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/pdf.py" line="46"/>
        <source>Could not set up A4 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/pdf.py" line="52"/>
        <source>Could not write the PDF to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="29"/>
        <location filename="../../app/report/wording.py" line="32"/>
        <source>the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="47"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="52"/>
        <source>In both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="53"/>
        <source>Only in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="59"/>
        <source>No event chosen for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="61"/>
        <source>Left out by the event filter: this event is not among the events chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="63"/>
        <source>No passages match the filters ({0} hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="66"/>
        <source>Nothing about {0} on this theme, though {1} addresses the theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="67"/>
        <source>Silent: {0} does not address this theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="77"/>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="85"/>
        <source>All councils (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="87"/>
        <source>Venue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="88"/>
        <source>About the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="95"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="130"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/wording.py" line="132"/>
        <source>No source text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../app/ui/source_view.py" line="64"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="66"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="78"/>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="131"/>
        <source>This dataset has no source texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="217"/>
        <source>{0} coded passages, {1} council mentions (underlined; dashed = all councils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="222"/>
        <source>Search matches are marked in yellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/source_view.py" line="223"/>
        <source>Hover over a highlighted passage to see its theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <location filename="../../app/ui/tilemap.py" line="408"/>
        <location filename="../../app/ui/tilemap.py" line="809"/>
        <source>{0} mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="408"/>
        <location filename="../../app/ui/tilemap.py" line="809"/>
        <source>{0} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="410"/>
        <source>{0}–{1} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="412"/>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="445"/>
        <location filename="../../app/ui/tilemap.py" line="470"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="529"/>
        <source>Tile map of the councils of Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="697"/>
        <source>No councils to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="812"/>
        <source>Outside the council filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="835"/>
        <source>Every other council: not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tilemap.py" line="837"/>
        <source>No council is named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="204"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="617"/>
        <source>No dataset loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="620"/>
        <source>This dataset has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="626"/>
        <source>{shown} of {total} events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="630"/>
        <source>No events match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="643"/>
        <source>No events in this period; press F to fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="646"/>
        <source>{n} events in view, drawn as density: zoom in to see each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="706"/>
        <source>{day} {month}</source>
        <comment>axis label for a day, e.g. 18 Jun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1362"/>
        <source>No source text: referred to in another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1373"/>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1378"/>
        <source>less than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1380"/>
        <source>{span}: about {n} events ({ref} without source text). Click to zoom in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1393"/>
        <source>No dataset loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1396"/>
        <source>{shown} of {total} events shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1402"/>
        <source>Selected: {title}, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1406"/>
        <source>No source text: referred to in another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1407"/>
        <source>Left and Right arrows step between events; plus and minus zoom; F fits all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="1579"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1580"/>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1582"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1583"/>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1585"/>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1586"/>
        <source>Show every event (F or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1588"/>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1589"/>
        <source>Select the previous event (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1591"/>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1592"/>
        <source>Select the next event (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="1615"/>
        <source>Drag or scroll to move through time · Ctrl+wheel to zoom · click an event to select it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../monitoring/decision.py" line="49"/>
        <source>Why? What did the indicators and the tests show?</source>
        <translation>Varför? Vad visade indikatorerna och testerna?</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="57"/>
        <location filename="../monitoring/decision.py" line="102"/>
        <source>Record decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="59"/>
        <source>Clear decision</source>
        <translation>Ta bort beslutet</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="62"/>
        <source>At the end of the experiment the team decides what happens to it, and why.</source>
        <translation>I slutet av försöket beslutar teamet vad som händer med det, och varför.</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="66"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="67"/>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="68"/>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="116"/>
        <source>Choose one of the four decisions.</source>
        <translation>Välj ett av de fyra besluten.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../monitoring/chart.py" line="75"/>
        <source>latest %1 on %2</source>
        <translation>senaste %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="100"/>
        <source>No measurements yet</source>
        <translation>Inga mätningar ännu</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="172"/>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="174"/>
        <source>Baseline</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="176"/>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="178"/>
        <source>Meaningful change</source>
        <translation>Betydande förändring</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="54"/>
        <source>Save indicator</source>
        <translation>Spara indikatorn</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="58"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="59"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="60"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="61"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="62"/>
        <source>Frequency</source>
        <translation>Mätfrekvens</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="63"/>
        <source>Baseline</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="64"/>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="65"/>
        <source>Meaningful change</source>
        <translation>Betydande förändring</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="66"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="81"/>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="130"/>
        <source>Edit indicator</source>
        <translation>Redigera indikator</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../monitoring/indicators.py" line="44"/>
        <location filename="../monitoring/indicators.py" line="143"/>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="46"/>
        <source>From the library…</source>
        <translation>Från biblioteket…</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="48"/>
        <location filename="../monitoring/indicators.py" line="176"/>
        <source>Delete indicator</source>
        <translation>Radera indikator</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="162"/>
        <source>Add indicator</source>
        <translation>Lägg till indikator</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../monitoring/library_dialog.py" line="24"/>
        <source>Indicator library</source>
        <translation>Indikatorbibliotek</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Frequency</source>
        <translation>Mätfrekvens</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="49"/>
        <source>Value, e.g. 52,5</source>
        <translation>Värde, t.ex. 52,5</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Anmärkning (frivillig)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="53"/>
        <source>Source (optional)</source>
        <translation>Källa (frivillig)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="54"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="55"/>
        <source>Save the changes (Enter)</source>
        <translation>Spara ändringarna (Enter)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="57"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="58"/>
        <source>Leave the measurement as it was (Esc)</source>
        <translation>Lämna mätningen som den var (Esc)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="82"/>
        <source>Editing the measurement dated %1</source>
        <translation>Mätningen från %1 redigeras</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="99"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="116"/>
        <source>Edit measurement</source>
        <translation>Redigera mätning</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <location filename="../monitoring/measurements.py" line="50"/>
        <source>Value, e.g. 52,5</source>
        <translation>Värde, t.ex. 52,5</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="52"/>
        <source>Note (optional)</source>
        <translation>Anmärkning (frivillig)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="53"/>
        <location filename="../monitoring/measurements.py" line="152"/>
        <source>Add measurement</source>
        <translation>Lägg till mätning</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="64"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="64"/>
        <location filename="../monitoring/measurements.py" line="148"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="65"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="74"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="76"/>
        <source>Change the date, value, note or source of the selected measurement (Enter or double-click on the row)</source>
        <translation>Ändra datum, värde, anmärkning eller källa för den valda mätningen (Enter eller dubbelklick på raden)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="79"/>
        <location filename="../monitoring/measurements.py" line="225"/>
        <location filename="../monitoring/measurements.py" line="228"/>
        <source>Delete measurement</source>
        <translation>Radera mätning</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="81"/>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="83"/>
        <source>A CSV file with the columns indikaattori;päivämäärä;arvo (decimal comma, dates d.m.yyyy). A file with an error is refused whole.</source>
        <translation>En CSV-fil med kolumnerna indikator;datum;värde (decimalkomma, datum d.m.åååå). En fil med fel importeras inte alls.</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="235"/>
        <location filename="../monitoring/measurements.py" line="256"/>
        <source>Import measurements</source>
        <translation>Importera mätningar</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="236"/>
        <source>CSV and Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV- och Excel-filer (*.csv *.txt *.xlsx)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../monitoring/labels.py" line="17"/>
        <location filename="../monitoring/labels.py" line="23"/>
        <source>On track</source>
        <translation>Enligt målet</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="18"/>
        <location filename="../monitoring/labels.py" line="24"/>
        <source>Off track</source>
        <translation>Efter målet</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="19"/>
        <source>No measurements</source>
        <translation>Inga mätningar</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="20"/>
        <source>No baseline or target</source>
        <translation>Ingen utgångs- eller målnivå</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="25"/>
        <source>No recent measurement</source>
        <translation>Ingen färsk mätning</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="26"/>
        <source>No indicators</source>
        <translation>Inga indikatorer</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="29"/>
        <source>Component of the phenomenon</source>
        <translation>Fenomenets komponent</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="30"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="31"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="32"/>
        <source>Impact goal</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="33"/>
        <source>Step of the experiment</source>
        <translation>Försökets steg</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="34"/>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="37"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="38"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="39"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="40"/>
        <source>Dropped</source>
        <translation>Slopad</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="28"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="29"/>
        <source>Roadmap</source>
        <translation>Färdplan</translation>
    </message>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="30"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Experiment</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>On track</source>
        <translation>Enligt målet</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Last measurement</source>
        <translation>Senaste mätning</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="85"/>
        <source>On track: %1 · Off track: %2 · No recent measurement: %3</source>
        <translation>Enligt målet: %1 · Efter: %2 · Ingen färsk mätning: %3</translation>
    </message>
</context>
<context>
    <name>RoadmapEditor</name>
    <message>
        <location filename="../monitoring/roadmap.py" line="55"/>
        <location filename="../monitoring/roadmap.py" line="88"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="55"/>
        <location filename="../monitoring/roadmap.py" line="89"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="56"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="56"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="57"/>
        <location filename="../monitoring/roadmap.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="80"/>
        <location filename="../monitoring/roadmap.py" line="180"/>
        <source>Add to roadmap</source>
        <translation>Lägg till på färdplanen</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="82"/>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="84"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="95"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="97"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="198"/>
        <source>Edit roadmap item</source>
        <translation>Redigera punkten på färdplanen</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="212"/>
        <source>Delete roadmap item</source>
        <translation>Radera punkten på färdplanen</translation>
    </message>
</context>
<context>
    <name>RoadmapTimeline</name>
    <message>
        <location filename="../monitoring/timeline.py" line="116"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../monitoring/decision.py" line="49"/>
        <source>Why? What did the indicators and the tests show?</source>
        <translation>Miksi? Mitä indikaattorit ja testaukset osoittivat?</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="57"/>
        <location filename="../monitoring/decision.py" line="102"/>
        <source>Record decision</source>
        <translation>Kirjaa päätös</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="59"/>
        <source>Clear decision</source>
        <translation>Poista päätös</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="62"/>
        <source>At the end of the experiment the team decides what happens to it, and why.</source>
        <translation>Kokeilun lopussa tiimi päättää, mitä kokeilulle tapahtuu ja miksi.</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="66"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="67"/>
        <source>Reasoning</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="68"/>
        <source>Decided on</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <location filename="../monitoring/decision.py" line="116"/>
        <source>Choose one of the four decisions.</source>
        <translation>Valitse yksi neljästä päätöksestä.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../monitoring/chart.py" line="75"/>
        <source>latest %1 on %2</source>
        <translation>viimeisin %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="100"/>
        <source>No measurements yet</source>
        <translation>Ei vielä mittauksia</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="172"/>
        <source>Measurements</source>
        <translation>Mittaukset</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="174"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="176"/>
        <source>Target</source>
        <translation>Tavoitetaso</translation>
    </message>
    <message>
        <location filename="../monitoring/chart.py" line="178"/>
        <source>Meaningful change</source>
        <translation>Merkittävä muutos</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="54"/>
        <source>Save indicator</source>
        <translation>Tallenna indikaattori</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="58"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="59"/>
        <source>Definition</source>
        <translation>Määritelmä</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="60"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="61"/>
        <source>Data source</source>
        <translation>Tietolähde</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="62"/>
        <source>Frequency</source>
        <translation>Mittaustiheys</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="63"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="64"/>
        <source>Target</source>
        <translation>Tavoitetaso</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="65"/>
        <source>Meaningful change</source>
        <translation>Merkittävä muutos</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="66"/>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="81"/>
        <source>on</source>
        <translation>pvm</translation>
    </message>
    <message>
        <location filename="../monitoring/indicator_editor.py" line="130"/>
        <source>Edit indicator</source>
        <translation>Muokkaa indikaattoria</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../monitoring/indicators.py" line="44"/>
        <location filename="../monitoring/indicators.py" line="143"/>
        <source>New indicator</source>
        <translation>Uusi indikaattori</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="46"/>
        <source>From the library…</source>
        <translation>Kirjastosta…</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="48"/>
        <location filename="../monitoring/indicators.py" line="176"/>
        <source>Delete indicator</source>
        <translation>Poista indikaattori</translation>
    </message>
    <message>
        <location filename="../monitoring/indicators.py" line="162"/>
        <source>Add indicator</source>
        <translation>Lisää indikaattori</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../monitoring/library_dialog.py" line="24"/>
        <source>Indicator library</source>
        <translation>Indikaattorikirjasto</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../monitoring/library_dialog.py" line="28"/>
        <source>Frequency</source>
        <translation>Mittaustiheys</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="49"/>
        <source>Value, e.g. 52,5</source>
        <translation>Arvo, esim. 52,5</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Huomautus (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="53"/>
        <source>Source (optional)</source>
        <translation>Lähde (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="54"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="55"/>
        <source>Save the changes (Enter)</source>
        <translation>Tallenna muutokset (Enter)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="57"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="58"/>
        <source>Leave the measurement as it was (Esc)</source>
        <translation>Jätä mittaus ennalleen (Esc)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="82"/>
        <source>Editing the measurement dated %1</source>
        <translation>Muokataan mittausta päivältä %1</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="99"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../monitoring/measurement_edit.py" line="116"/>
        <source>Edit measurement</source>
        <translation>Muokkaa mittausta</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <location filename="../monitoring/measurements.py" line="50"/>
        <source>Value, e.g. 52,5</source>
        <translation>Arvo, esim. 52,5</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="52"/>
        <source>Note (optional)</source>
        <translation>Huomautus (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="53"/>
        <location filename="../monitoring/measurements.py" line="152"/>
        <source>Add measurement</source>
        <translation>Lisää mittaus</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="64"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="64"/>
        <location filename="../monitoring/measurements.py" line="148"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="65"/>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="74"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="76"/>
        <source>Change the date, value, note or source of the selected measurement (Enter or double-click on the row)</source>
        <translation>Muuta valitun mittauksen päivämäärää, arvoa, huomautusta tai lähdettä (Enter tai rivin kaksoisnapsautus)</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="79"/>
        <location filename="../monitoring/measurements.py" line="225"/>
        <location filename="../monitoring/measurements.py" line="228"/>
        <source>Delete measurement</source>
        <translation>Poista mittaus</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="81"/>
        <source>Import CSV…</source>
        <translation>Tuo CSV…</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="83"/>
        <source>A CSV file with the columns indikaattori;päivämäärä;arvo (decimal comma, dates d.m.yyyy). A file with an error is refused whole.</source>
        <translation>CSV-tiedosto, jossa sarakkeet indikaattori;päivämäärä;arvo (desimaalipilkku, päivämäärät p.k.vvvv). Virheellistä tiedostoa ei tuoda lainkaan.</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="235"/>
        <location filename="../monitoring/measurements.py" line="256"/>
        <source>Import measurements</source>
        <translation>Tuo mittauksia</translation>
    </message>
    <message>
        <location filename="../monitoring/measurements.py" line="236"/>
        <source>CSV and Excel files (*.csv *.txt *.xlsx)</source>
        <translation>CSV- ja Excel-tiedostot (*.csv *.txt *.xlsx)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../monitoring/labels.py" line="17"/>
        <location filename="../monitoring/labels.py" line="23"/>
        <source>On track</source>
        <translation>Tavoitteen mukaisesti</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="18"/>
        <location filename="../monitoring/labels.py" line="24"/>
        <source>Off track</source>
        <translation>Jäljessä tavoitteesta</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="19"/>
        <source>No measurements</source>
        <translation>Ei mittauksia</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="20"/>
        <source>No baseline or target</source>
        <translation>Ei lähtö- tai tavoitetasoa</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="25"/>
        <source>No recent measurement</source>
        <translation>Ei tuoretta mittausta</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="26"/>
        <source>No indicators</source>
        <translation>Ei indikaattoreita</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="29"/>
        <source>Component of the phenomenon</source>
        <translation>Ilmiön osatekijä</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="30"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="31"/>
        <source>Signal</source>
        <translation>Signaali</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="32"/>
        <source>Impact goal</source>
        <translation>Vaikuttavuustavoite</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="33"/>
        <source>Step of the experiment</source>
        <translation>Kokeilun työvaihe</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="34"/>
        <source>Milestone</source>
        <translation>Virstanpylväs</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="37"/>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="38"/>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="39"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../monitoring/labels.py" line="40"/>
        <source>Dropped</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="28"/>
        <source>Indicators</source>
        <translation>Indikaattorit</translation>
    </message>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="29"/>
        <source>Roadmap</source>
        <translation>Tiekartta</translation>
    </message>
    <message>
        <location filename="../monitoring/monitoring_page.py" line="30"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Experiment</source>
        <translation>Kokeilu</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>Indicators</source>
        <translation>Indikaattorit</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="45"/>
        <source>On track</source>
        <translation>Tavoitteen mukaisesti</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Last measurement</source>
        <translation>Viimeisin mittaus</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="46"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../monitoring/overview.py" line="85"/>
        <source>On track: %1 · Off track: %2 · No recent measurement: %3</source>
        <translation>Tavoitteen mukaisesti: %1 · Jäljessä: %2 · Ei tuoretta mittausta: %3</translation>
    </message>
</context>
<context>
    <name>RoadmapEditor</name>
    <message>
        <location filename="../monitoring/roadmap.py" line="55"/>
        <location filename="../monitoring/roadmap.py" line="88"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="55"/>
        <location filename="../monitoring/roadmap.py" line="89"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="56"/>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="56"/>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="57"/>
        <location filename="../monitoring/roadmap.py" line="96"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="80"/>
        <location filename="../monitoring/roadmap.py" line="180"/>
        <source>Add to roadmap</source>
        <translation>Lisää tiekarttaan</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="82"/>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="84"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="95"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="97"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="198"/>
        <source>Edit roadmap item</source>
        <translation>Muokkaa tiekartan kohtaa</translation>
    </message>
    <message>
        <location filename="../monitoring/roadmap.py" line="212"/>
        <source>Delete roadmap item</source>
        <translation>Poista tiekartan kohta</translation>
    </message>
</context>
<context>
    <name>RoadmapTimeline</name>
    <message>
        <location filename="../monitoring/timeline.py" line="116"/>
        <source>No date</source>
        <translation>Ei päivämäärää</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>CaptureGrid</name>
    <message>
        <location filename="../testing/capture_grid.py" line="102"/>
        <source>Quote (Ctrl+Q)</source>
        <translation>Citat (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="104"/>
        <source>Attach photo…</source>
        <translation>Bifoga foto…</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="106"/>
        <source>Enter adds a note · Ctrl+1–4 or Page Up/Down change the quadrant · &quot;…&quot; marks a quote · ! !! !!! give a severity · Alt+1–4 moves the selected notes · Delete removes them</source>
        <translation>Enter lägger till respons · Ctrl+1–4 eller Page Up/Down byter ruta · &quot;…&quot; markerar ett citat · ! !! !!! anger allvarlighetsgrad · Alt+1–4 flyttar den valda responsen · Delete raderar den</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="171"/>
        <source>Type what you hear, then Enter ({quadrant})</source>
        <translation>Skriv vad du hör och tryck Enter ({quadrant})</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="206"/>
        <source>Add feedback note</source>
        <translation>Lägg till respons</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="233"/>
        <source>Move feedback notes</source>
        <translation>Flytta responsen</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="239"/>
        <source>Delete feedback notes</source>
        <translation>Radera responsen</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="246"/>
        <location filename="../testing/capture_grid.py" line="256"/>
        <source>Attach photo</source>
        <translation>Bifoga foto</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="247"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
</context>
<context>
    <name>InsightBoard</name>
    <message>
        <location filename="../testing/insights.py" line="136"/>
        <source>New insight: type its title and press Enter</source>
        <translation>Ny insikt: skriv rubriken och tryck Enter</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="143"/>
        <source>Feedback notes (drag onto an insight)</source>
        <translation>Respons (dra till en insikt)</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="146"/>
        <source>Insights and their supporting notes</source>
        <translation>Insikter och responsen som stöder dem</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="205"/>
        <source>Add insight</source>
        <translation>Lägg till insikt</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="232"/>
        <source>Move notes to insight</source>
        <translation>Flytta responsen till insikten</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="232"/>
        <source>Add notes to insight</source>
        <translation>Koppla responsen till insikten</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="249"/>
        <source>Remove notes from insight</source>
        <translation>Ta bort responsen från insikten</translation>
    </message>
</context>
<context>
    <name>LearningCards</name>
    <message>
        <location filename="../testing/learning_cards.py" line="45"/>
        <source>New learning card</source>
        <translation>Nytt lärdomskort</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="57"/>
        <source>We believe that…</source>
        <translation>Vi tror att…</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="60"/>
        <source>(not decided)</source>
        <translation>(inte beslutat)</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="70"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="71"/>
        <source>Hypothesis</source>
        <translation>Hypotes</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="72"/>
        <source>What we saw</source>
        <translation>Vad vi såg</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="73"/>
        <source>Insight</source>
        <translation>Insikt</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="74"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="97"/>
        <source>Round {n}</source>
        <translation>Omgång {n}</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="110"/>
        <source>(no workshop)</source>
        <translation>(ingen workshop)</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="143"/>
        <source>Add learning card</source>
        <translation>Lägg till lärdomskort</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="155"/>
        <source>Edit learning card</source>
        <translation>Redigera lärdomskort</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../testing/session_form.py" line="58"/>
        <source>e.g. parents of under-school-age children in Pansio (no names)</source>
        <translation>t.ex. föräldrar till barn under skolåldern i Pansio (inga namn)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="69"/>
        <source>Participants were informed and agreed</source>
        <translation>Deltagarna informerades och samtyckte</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="70"/>
        <source>Under-15s took part</source>
        <translation>Deltagare under 15 år</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="71"/>
        <source>A guardian consented for each under-15</source>
        <translation>Vårdnadshavaren har gett samtycke för varje deltagare under 15 år</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="72"/>
        <source>Quotes may be used</source>
        <translation>Citat får användas</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="73"/>
        <source>Recording allowed</source>
        <translation>Inspelning tillåten</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="90"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="91"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="92"/>
        <source>Who (segment)</source>
        <translation>Vilka (målgrupp)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="93"/>
        <source>How many people</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="94"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="95"/>
        <source>Model version tested</source>
        <translation>Testad version av modellen</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="99"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="117"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="148"/>
        <source>Edit test session</source>
        <translation>Redigera testtillfälle</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <location filename="../testing/tests_page.py" line="46"/>
        <source>New test session</source>
        <translation>Nytt testtillfälle</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="49"/>
        <source>Delete session</source>
        <translation>Radera testtillfället</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="59"/>
        <source>Session</source>
        <translation>Testtillfälle</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="60"/>
        <source>Feedback capture grid</source>
        <translation>Responsrutnät</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="61"/>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="62"/>
        <source>Learning cards</source>
        <translation>Lärdomskort</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="67"/>
        <source>Tests with the target audience</source>
        <translation>Test med målgruppen</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="125"/>
        <source>Add test session</source>
        <translation>Lägg till testtillfälle</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="134"/>
        <source>Delete test session</source>
        <translation>Radera testtillfälle</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CaptureGrid</name>
    <message>
        <location filename="../testing/capture_grid.py" line="102"/>
        <source>Quote (Ctrl+Q)</source>
        <translation>Sitaatti (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="104"/>
        <source>Attach photo…</source>
        <translation>Liitä valokuva…</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="106"/>
        <source>Enter adds a note · Ctrl+1–4 or Page Up/Down change the quadrant · &quot;…&quot; marks a quote · ! !! !!! give a severity · Alt+1–4 moves the selected notes · Delete removes them</source>
        <translation>Enter lisää palautteen · Ctrl+1–4 tai Page Up/Down vaihtaa ruutua · &quot;…&quot; merkitsee sitaatin · ! !! !!! antaa vakavuuden · Alt+1–4 siirtää valitut palautteet · Delete poistaa ne</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="171"/>
        <source>Type what you hear, then Enter ({quadrant})</source>
        <translation>Kirjoita mitä kuulet ja paina Enter ({quadrant})</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="206"/>
        <source>Add feedback note</source>
        <translation>Lisää palaute</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="233"/>
        <source>Move feedback notes</source>
        <translation>Siirrä palautteet</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="239"/>
        <source>Delete feedback notes</source>
        <translation>Poista palautteet</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="246"/>
        <location filename="../testing/capture_grid.py" line="256"/>
        <source>Attach photo</source>
        <translation>Liitä valokuva</translation>
    </message>
    <message>
        <location filename="../testing/capture_grid.py" line="247"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>Kuvat (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
</context>
<context>
    <name>InsightBoard</name>
    <message>
        <location filename="../testing/insights.py" line="136"/>
        <source>New insight: type its title and press Enter</source>
        <translation>Uusi oivallus: kirjoita otsikko ja paina Enter</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="143"/>
        <source>Feedback notes (drag onto an insight)</source>
        <translation>Palautteet (vedä oivallukseen)</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="146"/>
        <source>Insights and their supporting notes</source>
        <translation>Oivallukset ja niitä tukevat palautteet</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="205"/>
        <source>Add insight</source>
        <translation>Lisää oivallus</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="232"/>
        <source>Move notes to insight</source>
        <translation>Siirrä palautteet oivallukseen</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="232"/>
        <source>Add notes to insight</source>
        <translation>Liitä palautteet oivallukseen</translation>
    </message>
    <message>
        <location filename="../testing/insights.py" line="249"/>
        <source>Remove notes from insight</source>
        <translation>Irrota palautteet oivalluksesta</translation>
    </message>
</context>
<context>
    <name>LearningCards</name>
    <message>
        <location filename="../testing/learning_cards.py" line="45"/>
        <source>New learning card</source>
        <translation>Uusi oppimiskortti</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="57"/>
        <source>We believe that…</source>
        <translation>Uskomme, että…</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="60"/>
        <source>(not decided)</source>
        <translation>(ei päätetty)</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="70"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="71"/>
        <source>Hypothesis</source>
        <translation>Hypoteesi</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="72"/>
        <source>What we saw</source>
        <translation>Mitä havaitsimme</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="73"/>
        <source>Insight</source>
        <translation>Oivallus</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="74"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="97"/>
        <source>Round {n}</source>
        <translation>Kierros {n}</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="110"/>
        <source>(no workshop)</source>
        <translation>(ei työpajaa)</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="143"/>
        <source>Add learning card</source>
        <translation>Lisää oppimiskortti</translation>
    </message>
    <message>
        <location filename="../testing/learning_cards.py" line="155"/>
        <source>Edit learning card</source>
        <translation>Muokkaa oppimiskorttia</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../testing/session_form.py" line="58"/>
        <source>e.g. parents of under-school-age children in Pansio (no names)</source>
        <translation>esim. alle kouluikäisten lasten vanhemmat Pansiossa (ei nimiä)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="69"/>
        <source>Participants were informed and agreed</source>
        <translation>Osallistujia informoitiin ja he suostuivat</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="70"/>
        <source>Under-15s took part</source>
        <translation>Mukana alle 15-vuotiaita</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="71"/>
        <source>A guardian consented for each under-15</source>
        <translation>Huoltaja on antanut suostumuksen jokaisesta alle 15-vuotiaasta</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="72"/>
        <source>Quotes may be used</source>
        <translation>Sitaatteja saa käyttää</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="73"/>
        <source>Recording allowed</source>
        <translation>Tallentaminen sallittu</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="90"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="91"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="92"/>
        <source>Who (segment)</source>
        <translation>Keitä (kohderyhmä)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="93"/>
        <source>How many people</source>
        <translation>Osallistujia</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="94"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="95"/>
        <source>Model version tested</source>
        <translation>Testattu mallin versio</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="99"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="117"/>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../testing/session_form.py" line="148"/>
        <source>Edit test session</source>
        <translation>Muokkaa testauskertaa</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <location filename="../testing/tests_page.py" line="46"/>
        <source>New test session</source>
        <translation>Uusi testauskerta</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="49"/>
        <source>Delete session</source>
        <translation>Poista testauskerta</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="59"/>
        <source>Session</source>
        <translation>Testauskerta</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="60"/>
        <source>Feedback capture grid</source>
        <translation>Palauteruudukko</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="61"/>
        <source>Insights</source>
        <translation>Oivallukset</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="62"/>
        <source>Learning cards</source>
        <translation>Oppimiskortit</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="67"/>
        <source>Tests with the target audience</source>
        <translation>Testaus kohdeyleisön kanssa</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="125"/>
        <source>Add test session</source>
        <translation>Lisää testauskerta</translation>
    </message>
    <message>
        <location filename="../testing/tests_page.py" line="134"/>
        <source>Delete test session</source>
        <translation>Poista testauskerta</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Hjälp för den här vyn</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom igång</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Hjälpavsnitt</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hjälptext</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>1. Create your programme: its name and where the file is kept. Everything is saved in that one file as you work.</source>
        <translation>1. Skapa ditt program: dess namn och var filen sparas. Allt sparas i den enda filen medan du arbetar.</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nytt program…</translation>
    </message>
    <message>
        <source>2. Add the workshops with their dates and their phase of the Double Diamond (Programme setup → Workshops).</source>
        <translation>2. Lägg till workshopparna med datum och Dubbeldiamantens fas (Programmets uppgifter → Workshoppar).</translation>
    </message>
    <message>
        <source>Add workshops</source>
        <translation>Lägg till workshoppar</translation>
    </message>
    <message>
        <source>3. Add the city teams, their themes and members (Programme setup → City teams).</source>
        <translation>3. Lägg till stadsteamen, deras teman och medlemmar (Programmets uppgifter → Stadsteam).</translation>
    </message>
    <message>
        <source>Add city teams</source>
        <translation>Lägg till stadsteam</translation>
    </message>
    <message>
        <source>4. Plan the first workshop's agenda: add activities and choose a method card for each (Agenda and timer).</source>
        <translation>4. Planera den första workshoppens agenda: lägg till aktiviteter och välj ett metodkort för var och en (Agenda och timer).</translation>
    </message>
    <message>
        <source>Plan the agenda</source>
        <translation>Planera agendan</translation>
    </message>
    <message>
        <source>5. Run the workshop from the agenda: run mode shows the current activity and its timer, also on the projector.</source>
        <translation>5. Led workshoppen från agendan: körläget visar den pågående aktiviteten och dess timer, även på projektorn.</translation>
    </message>
    <message>
        <source>Run the workshop</source>
        <translation>Led workshoppen</translation>
    </message>
    <message>
        <source>6. Export the workshop report as a PDF (File → Export report…).</source>
        <translation>6. Exportera workshoprapporten som PDF (Arkiv → Exportera rapport…).</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportera rapport…</translation>
    </message>
    <message>
        <source>Getting started — Jalostamo</source>
        <translation>Kom igång – Jalostamo</translation>
    </message>
    <message>
        <source>From an empty start to the first workshop report of your own programme in six steps. A step is ticked when the open programme has it done; the buttons take you to the right place. Press F1 on any screen for its guide.</source>
        <translation>Från en tom början till den första workshoprapporten för ditt eget program i sex steg. Ett steg bockas av när det är gjort i det öppna programmet; knapparna tar dig till rätt ställe. Tryck på F1 i vilken vy som helst för att se dess hjälp.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <source>The demo programme is open: it shows what a finished spring looks like. The steps tick for a programme of your own (step 1).</source>
        <translation>Demoprogrammet är öppet: det visar hur en färdig vår ser ut. Stegen bockas av för ett eget program (steg 1).</translation>
    </message>
    <message>
        <source>Help for this screen</source>
        <translation>Hjälp för den här vyn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Inte gjort ännu</translation>
    </message>
</context>
</TS>

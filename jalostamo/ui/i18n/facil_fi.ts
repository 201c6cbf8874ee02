<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Copy agenda from…</source>
        <translation>Kopioi esityslista työpajasta…</translation>
    </message>
    <message>
        <source>Add another workshop's activities to the end of this agenda</source>
        <translation>Lisää toisen työpajan ohjelmanumerot tämän esityslistan loppuun</translation>
    </message>
    <message>
        <source>Printable agenda (PDF)…</source>
        <translation>Tulostettava esityslista (PDF)…</translation>
    </message>
    <message>
        <source>%1 (%2 activities)</source>
        <translation>%1 (%2 ohjelmanumeroa)</translation>
    </message>
    <message>
        <source>No other workshop has an agenda yet</source>
        <translation>Muilla työpajoilla ei ole vielä esityslistaa</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Kopioi esityslista</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Printable agenda</source>
        <translation>Tulostettava esityslista</translation>
    </message>
</context>
</TS>

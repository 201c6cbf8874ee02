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
    <message>
        <source>Save as my method card</source>
        <translation>Tallenna omaksi menetelmäkortiksi</translation>
    </message>
    <message>
        <source>Keep this activity's minutes and instructions as a method card of your own, named after the activity; it is kept in the programme file</source>
        <translation>Tallenna tämän ohjelmanumeron minuutit ja ohjeet omaksi menetelmäkortiksi ohjelmanumeron nimellä; se säilyy ohjelmatiedostossa</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (oma)</translation>
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

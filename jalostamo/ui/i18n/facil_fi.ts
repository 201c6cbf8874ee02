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
    <message>
        <source>Attendance…</source>
        <translation>Läsnäolo…</translation>
    </message>
    <message>
        <source>Mark who was present at this workshop</source>
        <translation>Merkitse, ketkä olivat läsnä tässä työpajassa</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Who was present</source>
        <translation>Ketkä olivat läsnä</translation>
    </message>
    <message>
        <source>Who was present at workshop %1%2?</source>
        <translation>Ketkä olivat läsnä työpajassa %1%2?</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitaattorit</translation>
    </message>
    <message>
        <source>Experts and others</source>
        <translation>Asiantuntijat ja muut</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>Läsnä %1/%2</translation>
    </message>
    <message>
        <source>The programme has no people yet: add facilitators and team members first.</source>
        <translation>Ohjelmassa ei ole vielä henkilöitä: lisää ensin fasilitaattorit ja tiimien jäsenet.</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Merkitse läsnäolevaksi</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Merkitse poissaolevaksi</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
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
